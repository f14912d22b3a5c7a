package com.aftersales.crm.web.casestudy;

import com.aftersales.crm.casestudy.boundary.CaseStudies;
import com.aftersales.crm.casestudy.entity.NoticeRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The signed-in provider's open suspension notices, for its home page (read once per request). */
@Named
@RequestScoped
public class ProviderNoticeView {

    @Inject
    CaseStudies studies;

    private List<NoticeRow> open;

    public List<NoticeRow> getOpen() {
        if (open == null) {
            open = studies.notices().stream().filter(n -> n.liftedAt() == null).toList();
        }
        return open;
    }
}
