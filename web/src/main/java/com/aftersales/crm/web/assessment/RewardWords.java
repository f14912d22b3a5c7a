package com.aftersales.crm.web.assessment;

import com.aftersales.crm.assessment.entity.RewardRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** {@link RewardTexts} for the pages, in the viewer's language: {@code #{rewardWords.suspension(w)}}. */
@Named
@RequestScoped
public class RewardWords {

    public String suspension(RewardRow row) {
        return RewardTexts.of(FacesContext.getCurrentInstance().getViewRoot().getLocale()).suspension(row);
    }
}
