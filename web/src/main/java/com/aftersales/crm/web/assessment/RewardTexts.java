package com.aftersales.crm.web.assessment;

import com.aftersales.crm.assessment.entity.RewardRow;
import com.aftersales.crm.dashboard.boundary.ExportTable;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The yearly reward in words, the same on the page and in its export: why a settled year earns less than its signed
 * months — the months suspended for rectification (停工整顿) and the policy that took them out.
 */
public final class RewardTexts {

    static final String BUNDLE = "com.aftersales.crm.web.messages";

    private final Function<String, String> messages;
    private final Locale locale;

    public RewardTexts(Function<String, String> messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public static RewardTexts of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new RewardTexts(bundle::getString, locale);
    }

    /** "3月、4月、5月停工整顿 …" with the policy's days, or "无" when no month was taken out. */
    public String suspension(RewardRow row) {
        if (row.suspendedMonths().isEmpty()) {
            return messages.apply("assessment.suspension.none");
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern(messages.apply("assessment.suspension.monthPattern"), locale);
        String months = row.suspendedMonths().stream().map(m -> month.format(LocalDate.of(row.year(), m, 1)))
                .collect(Collectors.joining(messages.apply("assessment.suspension.separator")));
        BigDecimal days = row.suspendedMonthDays() == null ? BigDecimal.ONE : row.suspendedMonthDays();
        return new MessageFormat(messages.apply("assessment.suspension.months"), locale)
                .format(new Object[]{months, days.stripTrailingZeros().toPlainString(), String.valueOf(row.earningMonths())});
    }

    /** The year's settlements as the export's table, in the reader's language. */
    public ExportTable table(int year, List<RewardRow> rows) {
        List<String> headers = List.of(text("assessment.field.provider"), text("assessment.field.marketLevel"),
                text("assessment.field.baseAmount"), text("assessment.field.coefficient"),
                text("assessment.field.signedMonths"), text("assessment.field.suspension"),
                text("assessment.field.satisfaction"), text("assessment.field.status"), text("assessment.field.gross"),
                text("assessment.field.moneyDeductions"), text("assessment.field.fraudFine"),
                text("assessment.field.payable"), text("assessment.field.fromDeposit"),
                text("assessment.field.depositShortfall"));
        List<List<String>> cells = new ArrayList<>();
        for (RewardRow r : rows) {
            String status = r.eligible() ? text("assessment.eligible") : text("assessment.ineligible") + " ("
                    + r.ineligibleReasons().stream().map(reason -> text("assessment.reason." + reason))
                    .collect(Collectors.joining(messages.apply("assessment.suspension.separator"))) + ")";
            cells.add(List.of(r.providerName(), String.valueOf(r.marketLevel()), plain(r.base()),
                    r.quarterCoefficients().stream().map(RewardTexts::plain).collect(Collectors.joining(" / ")),
                    String.valueOf(r.signedMonths()), suspension(r),
                    r.satisfactionPercent() == null ? "" : r.satisfactionPercent().toPlainString() + "%", status,
                    plain(r.gross()), plain(r.moneyDeductions()), plain(r.fraudFine()), plain(r.payable()),
                    plain(r.fromDeposit()), plain(r.depositShortfall())));
        }
        return new ExportTable(new MessageFormat(text("assessment.export.title"), locale).format(
                new Object[]{String.valueOf(year)}), text("assessment.rule"), headers, cells);
    }

    private String text(String key) {
        return messages.apply(key);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
