package com.aftersales.crm.web.shell;

import com.aftersales.crm.assessment.entity.ManualItemKind;
import com.aftersales.crm.dispatch.entity.CustomerOpinion;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.followup.entity.FollowUpStatus;
import com.aftersales.crm.followup.entity.ItemStatus;
import com.aftersales.crm.information.entity.Direction;
import com.aftersales.crm.information.entity.InformationCategory;
import com.aftersales.crm.information.entity.Urgency;
import com.aftersales.crm.quality.entity.ComplaintStatus;
import com.aftersales.crm.returns.entity.DefectKind;
import com.aftersales.crm.returns.entity.Fault;
import com.aftersales.crm.returns.entity.PreSaleGround;
import com.aftersales.crm.returns.entity.Remedy;
import com.aftersales.crm.returns.entity.ReturnKind;
import com.aftersales.crm.returns.entity.ReturnStatus;
import com.aftersales.crm.returns.entity.StockKind;
import com.aftersales.crm.servicecase.entity.CaseFilter;
import com.aftersales.crm.servicecase.entity.CaseStatus;
import com.aftersales.crm.servicecase.entity.Channel;
import com.aftersales.crm.servicecase.entity.CostBearer;
import com.aftersales.crm.chargeback.entity.CostKind;
import com.aftersales.crm.chargeback.entity.LineStatus;
import com.aftersales.crm.chargeback.entity.Party;
import com.aftersales.crm.servicecase.entity.Responsibility;
import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.survey.entity.QuestionKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fixed choices the pages offer, one enum's values in declaration order, asked by the enum's simple name:
 * {@code <f:selectItems value="#{options.values('Severity')}" …/>}. One place instead of a {@code values()} getter
 * re-declared in every view that shows the same choice.
 */
@Named
@ApplicationScoped
public class Options {

    private static final Map<String, Class<? extends Enum<?>>> CHOICES = Stream.<Class<? extends Enum<?>>>of(
                    CaseFilter.Stage.class, CaseStatus.class, CostKind.class, LineStatus.class, Party.class, CaseType.class, Channel.class, ComplaintStatus.class,
                    CostBearer.class, CustomerOpinion.class, DefectKind.class, Direction.class, Fault.class,
                    FollowUpKind.class, FollowUpStatus.class, InformationCategory.class, ItemStatus.class,
                    ManualItemKind.class, PreSaleGround.class, QuestionKind.class, Remedy.class, Responsibility.class,
                    ReturnKind.class, ReturnStatus.class, Severity.class, StockKind.class, Urgency.class)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    /** The values of the enum named {@code choice}; an unknown name is a page bug, so it fails loudly. */
    public Enum<?>[] values(String choice) {
        Class<? extends Enum<?>> type = CHOICES.get(choice);
        if (type == null) {
            throw new IllegalArgumentException("no choice named " + choice);
        }
        return type.getEnumConstants();
    }
}
