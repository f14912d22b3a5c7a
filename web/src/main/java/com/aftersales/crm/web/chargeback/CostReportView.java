package com.aftersales.crm.web.chargeback;

import com.aftersales.crm.chargeback.boundary.Chargebacks;
import com.aftersales.crm.chargeback.entity.CostDimension;
import com.aftersales.crm.chargeback.entity.CostFigure;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** 责任费用报表: the split cases' costs by responsibility, party, product or month over whole months, with the Excel export. */
@Named
@ViewScoped
public class CostReportView implements Serializable {

    @Inject
    Chargebacks chargebacks;

    @Getter @Setter private CostDimension dimension = CostDimension.RESPONSIBILITY;
    @Getter @Setter private String from = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(11).toString();
    @Getter @Setter private String to = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    @Getter private List<CostFigure> figures = List.of();

    public void load() {
        show();
    }

    @Refusals(form = "reportForm", labels = "chargeback.field.")
    public void show() {
        figures = chargebacks.costReport(dimension, CostReportTexts.month("from", from), CostReportTexts.month("to", to));
    }

    /** A figure's group in the reader's words (a responsibility, a party, a month or a product as it is). */
    public String label(CostFigure figure) {
        return CostReportTexts.label(dimension, figure, com.aftersales.crm.web.shell.Messages::text);
    }

    public List<CostDimension> getDimensions() {
        return List.of(CostDimension.values());
    }
}
