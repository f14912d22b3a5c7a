package com.aftersales.crm.submission.control;

import com.aftersales.crm.shared.BatchNo;
import com.aftersales.crm.shared.InstallationMethod;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.PhoneNumber;
import com.aftersales.crm.shared.sheet.SheetCell;
import com.aftersales.crm.shared.sheet.SheetReader;
import com.aftersales.crm.shared.sheet.SheetRow;
import com.aftersales.crm.submission.entity.ArchiveColumn;
import com.aftersales.crm.submission.entity.ArchiveRow;
import com.aftersales.crm.submission.entity.ParsedRow;
import com.aftersales.crm.submission.entity.RowProblem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the rows of one archive spreadsheet into {@link ArchiveRow}s, or into every problem a row has (not only the
 * first: the provider fixes a row once). Built once per file from its header row; then {@link #parse(SheetRow)} per
 * row. It remembers the warranty cards of the valid rows, so a card given again further down the same file is a
 * problem rather than a silent overwrite.
 */
public class ArchiveRowParser {

    /**
     * The template's example row's warranty card. A row that still carries it is refused ({@code submission.error.exampleRow}):
     * a template sent back with the example left in must not create an archive.
     */
    public static final String EXAMPLE_CARD = "HZ2026110001";

    private static final BigDecimal LIMIT = new BigDecimal("100000000");  // numeric(10, 2)
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);  // 1900 system, from serial 61 on
    private static final long FIRST_SERIAL = 32874;  // 1990-01-01
    private static final long LAST_SERIAL = 73415;   // 2099-12-31
    private static final Pattern SEPARATED_DATE =
            Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[/、,;，；|]+");
    private static final Pattern TECHNICIAN_SEPARATORS = Pattern.compile("[、,;，；\\s]+");

    private final Map<ArchiveColumn, Integer> positions;
    private final ReferenceCodes codes;
    private final LocalDate today;
    private final Map<String, Integer> cardsSeen = new HashMap<>();

    /**
     * @param header the file's header row (as {@link SheetReader#header()} gives it)
     * @param today  the day the file is loaded: no installation after it
     * @throws HeaderProblems required columns missing (one problem naming them all: {@code
     *                        submission.error.missingHeaders}), or a column given twice ({@code
     *                        submission.error.duplicateHeader}, one per such column, naming it); all at row 0
     */
    public ArchiveRowParser(List<String> header, ReferenceCodes codes, LocalDate today) throws HeaderProblems {
        this.codes = codes;
        this.today = today;
        this.positions = new EnumMap<>(ArchiveColumn.class);
        List<RowProblem> problems = new ArrayList<>();
        Set<ArchiveColumn> duplicated = EnumSet.noneOf(ArchiveColumn.class);
        for (int i = 0; i < header.size(); i++) {
            ArchiveColumn column = ArchiveColumn.of(header.get(i));
            if (column == null) {
                continue;  // extra columns of the provider's own are ignored
            }
            if (positions.containsKey(column)) {
                if (duplicated.add(column)) {
                    problems.add(new RowProblem(0, column.header(), "submission.error.duplicateHeader", header.get(i)));
                }
            } else {
                positions.put(column, i);
            }
        }
        String missing = java.util.Arrays.stream(ArchiveColumn.values())
                .filter(c -> c.required() && !positions.containsKey(c))
                .map(ArchiveColumn::header)
                .collect(Collectors.joining("、"));
        if (!missing.isEmpty()) {
            problems.add(0, RowProblem.ofFile("submission.error.missingHeaders", missing));
        }
        if (!problems.isEmpty()) {
            throw new HeaderProblems(problems);
        }
    }

    /**
     * Checks one row. A restarted job hands it the rows it skips too ({@code reader.skipTo(lastCommitted,
     * parser::parse)}), so that the warranty cards of rows already loaded are remembered as if it had never stopped.
     */
    public ParsedRow parse(SheetRow row) {
        return new RowParse(row).run();
    }

    /** The work on one row: collects its problems as it goes. */
    private final class RowParse {
        private final SheetRow row;
        private final List<RowProblem> problems = new ArrayList<>();
        private final Set<ArchiveColumn> reported = EnumSet.noneOf(ArchiveColumn.class);

        RowParse(SheetRow row) {
            this.row = row;
        }

        ParsedRow run() {
            String card = text(ArchiveColumn.WARRANTY_CARD_NO);
            card = card == null ? null : Normalizer.normalize(card, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
            String name = text(ArchiveColumn.CUSTOMER_NAME);
            List<String> phones = new ArrayList<>(phones(ArchiveColumn.PHONE));
            for (String phone : phones(ArchiveColumn.ALT_PHONE)) {
                if (!phones.contains(phone)) {
                    phones.add(phone);
                }
            }
            String regionCode = region();
            String street = text(ArchiveColumn.STREET);
            boolean suburban = suburban();
            Long dealerId = reference(ArchiveColumn.DEALER_CODE, codes::dealer, "submission.error.dealer");
            Long productId = reference(ArchiveColumn.PRODUCT_CODE, codes::product, "submission.error.product");
            BigDecimal quantity = amount(ArchiveColumn.QUANTITY_M2, true);
            BigDecimal price = amount(ArchiveColumn.UNIT_PRICE, false);
            InstallationMethod method = method();
            LocalDate installedOn = date(ArchiveColumn.INSTALLED_ON);
            LocalDate compareTo = installedOn;
            if (installedOn != null && installedOn.isAfter(today)) {
                problem(ArchiveColumn.INSTALLED_ON, "submission.error.future", installedOn.toString());
                compareTo = null;  // a mistyped year: the other dates are not "before" it
            }
            LocalDate acceptedOn = notBefore(date(ArchiveColumn.ACCEPTED_ON), compareTo, ArchiveColumn.ACCEPTED_ON);
            LocalDate movedInOn = notBefore(date(ArchiveColumn.MOVED_IN_ON), compareTo, ArchiveColumn.MOVED_IN_ON);
            List<Long> technicians = technicians();
            String note = text(ArchiveColumn.NOTE);
            String batchNo = batchNo();

            if (EXAMPLE_CARD.equals(card)) {
                problems.add(0, new RowProblem(row.rowNo(), "", "submission.error.exampleRow", card));
            }
            if (problems.isEmpty() && cardsSeen.containsKey(card)) {
                problem(ArchiveColumn.WARRANTY_CARD_NO, "submission.error.duplicateCard", card);
            }
            if (!problems.isEmpty()) {
                return new ParsedRow(null, problems);
            }
            cardsSeen.put(card, row.rowNo());
            return new ParsedRow(new ArchiveRow(row.rowNo(), card, name, phones, regionCode, street, suburban, dealerId,
                    productId, quantity.setScale(2, RoundingMode.HALF_UP), price.setScale(2, RoundingMode.HALF_UP),
                    method, installedOn, acceptedOn, movedInOn, technicians, note, batchNo), List.of());
        }

        /**
         * Records a problem. A second problem of the same kind in the same cell (two unknown technicians) joins the
         * first one's value: the problem table keeps one problem per row, column and reason.
         */
        private void problem(ArchiveColumn column, String key, String value) {
            reported.add(column);
            for (int i = 0; i < problems.size(); i++) {
                RowProblem earlier = problems.get(i);
                if (earlier.column().equals(column.header()) && earlier.reasonKey().equals(key)) {
                    String joined = earlier.value() == null ? value
                            : value == null ? earlier.value() : earlier.value() + "、" + value;
                    problems.set(i, new RowProblem(row.rowNo(), column.header(), key, joined));
                    return;
                }
            }
            problems.add(new RowProblem(row.rowNo(), column.header(), key, value));
        }

        private SheetCell cell(ArchiveColumn column) {
            Integer position = positions.get(column);
            return position == null ? SheetCell.BLANK : row.cell(position);
        }

        /**
         * The cell's text, trimmed, or null when blank or refused: a formula without a cached value or typed into a
         * csv (never stored), an error value, a text too long for the column. A required blank cell is a problem.
         */
        private String text(ArchiveColumn column) {
            SheetCell cell = cell(column);
            if (cell.kind() == SheetCell.Kind.FORMULA && cell.text() == null) {
                problem(column, "submission.error.formula", null);
                return null;
            }
            if (cell.kind() == SheetCell.Kind.ERROR) {
                problem(column, "submission.error.cellError", cell.text());
                return null;
            }
            String text = cell.text() == null ? "" : cell.text().replace('\u00A0', ' ').strip();
            if (cell.kind() == SheetCell.Kind.TEXT && text.startsWith("=")) {
                problem(column, "submission.error.formula", text);
                return null;
            }
            if (text.isEmpty()) {
                if (column.required()) {
                    problem(column, "submission.error.required", null);
                }
                return null;
            }
            if (column.maxLength() > 0 && text.length() > column.maxLength()) {
                problem(column, "submission.error.tooLong", text);
                return null;
            }
            return text;
        }

        private List<String> phones(ArchiveColumn column) {
            String text = text(column);
            if (text == null) {
                return List.of();
            }
            boolean numberCell = cell(column).kind() == SheetCell.Kind.NUMBER;
            List<String> phones = new ArrayList<>();
            for (String part : PHONE_SEPARATORS.split(text)) {
                if (part.isBlank()) {
                    continue;
                }
                String phone = phone(Normalizer.normalize(part, Normalizer.Form.NFKC), numberCell);
                if (phone == null) {
                    problem(column, "submission.error.phone", part.strip());
                } else if (!phones.contains(phone)) {
                    phones.add(phone);
                }
            }
            return phones;
        }

        /** A landline typed into a number cell has lost its leading 0 ({@code 057187654321} → 57187654321). */
        private String phone(String text, boolean numberCell) {
            try {
                return PhoneNumber.parse(text).digits();
            } catch (InvalidInput e) {
                if (numberCell && text.matches("[1-9]\\d{9,10}")) {
                    try {
                        return PhoneNumber.parse("0" + text).digits();
                    } catch (InvalidInput again) {
                        return null;
                    }
                }
                return null;
            }
        }

        private String region() {
            String province = text(ArchiveColumn.PROVINCE);
            String city = text(ArchiveColumn.CITY);
            String district = text(ArchiveColumn.DISTRICT);
            if (province == null || city == null || reported.contains(ArchiveColumn.DISTRICT)) {
                return null;
            }
            String code = codes.region(province, city, district);
            if (code == null) {
                String named = province + "/" + city + (district == null ? "" : "/" + district);
                problem(district == null ? ArchiveColumn.CITY : ArchiveColumn.DISTRICT, "submission.error.region", named);
            }
            return code;
        }

        private boolean suburban() {
            String text = text(ArchiveColumn.SUBURBAN);
            if (text == null) {
                return false;
            }
            switch (Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)) {
                case "是", "y", "yes", "true", "1", "郊县" -> {
                    return true;
                }
                case "否", "n", "no", "false", "0", "市区" -> {
                    return false;
                }
                default -> {
                    problem(ArchiveColumn.SUBURBAN, "submission.error.yesNo", text);
                    return false;
                }
            }
        }

        private Long reference(ArchiveColumn column, java.util.function.Function<String, Long> lookup, String key) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            String code = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
            Long id = lookup.apply(code);
            if (id == null) {
                problem(column, key, code);
            }
            return id;
        }

        private BigDecimal amount(ArchiveColumn column, boolean positive) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            BigDecimal value = number(text);
            if (value == null) {
                problem(column, "submission.error.number", text);
            } else if (value.abs().compareTo(LIMIT) >= 0) {
                problem(column, "submission.error.tooLarge", text);
            } else if (positive && value.setScale(2, RoundingMode.HALF_UP).signum() <= 0) {
                problem(column, "submission.error.notPositive", text);
            } else if (!positive && value.signum() < 0) {
                problem(column, "submission.error.negative", text);
            } else {
                return value;
            }
            return null;
        }

        private InstallationMethod method() {
            String text = text(ArchiveColumn.METHOD);
            if (text == null) {
                return null;
            }
            String given = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[\\s-]+", "_");
            InstallationMethod method = switch (given) {
                case "悬浮", "悬浮铺装", "floating" -> InstallationMethod.FLOATING;
                case "龙骨", "龙骨铺装", "joist", "joists", "on_joists" -> InstallationMethod.JOIST;
                case "直接粘贴", "直贴", "粘贴", "粘贴铺装", "glue_down", "glued_down" -> InstallationMethod.GLUE_DOWN;
                case "其他", "其它", "other" -> InstallationMethod.OTHER;
                default -> null;
            };
            if (method == null) {
                problem(ArchiveColumn.METHOD, "submission.error.method", text);
            }
            return method;
        }

        private LocalDate date(ArchiveColumn column) {
            SheetCell cell = cell(column);
            String text = text(column);
            if (text == null) {
                return null;
            }
            if (cell.date() != null) {
                return cell.date();
            }
            LocalDate date = parseDate(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
            if (date == null) {
                problem(column, "submission.error.date", text);
            }
            return date;
        }

        private LocalDate notBefore(LocalDate date, LocalDate installedOn, ArchiveColumn column) {
            if (date != null && installedOn != null && date.isBefore(installedOn)) {
                problem(column, "submission.error.beforeInstalled", date.toString());
                return null;
            }
            return date;
        }

        /** The optional batch (批号): blank or no column is no batch; otherwise {@link BatchNo}'s form. */
        private String batchNo() {
            String text = text(ArchiveColumn.BATCH_NO);
            if (text == null) {
                return null;
            }
            if (!BatchNo.valid(text)) {
                problem(ArchiveColumn.BATCH_NO, "submission.error.batchNo", text);
                return null;
            }
            return BatchNo.clean(text);
        }

        private List<Long> technicians() {
            String text = text(ArchiveColumn.TECHNICIANS);
            if (text == null) {
                return List.of();
            }
            Set<Long> ids = new LinkedHashSet<>();
            for (String certificate : TECHNICIAN_SEPARATORS.split(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
                if (certificate.isEmpty()) {
                    continue;
                }
                Long id = codes.technician(certificate);
                if (id == null) {
                    problem(ArchiveColumn.TECHNICIANS, "submission.error.technician", certificate);
                } else {
                    ids.add(id);
                }
            }
            return List.copyOf(ids);
        }
    }

    /** "12.5", "1,234.50", "¥1,280", "12.5㎡", full-width digits; null when it is no number. */
    static BigDecimal number(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .replaceFirst("^[¥$]", "")
                .replaceFirst("(元|m2|平方米|平米)$", "");
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!PLAIN.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
    }

    /**
     * yyyy-MM-dd, yyyy/M/d, yyyy.M.d (a time after it is ignored), yyyy年M月d日, yyyyMMdd, or a spreadsheet serial
     * number of the 1900 date system between 1990 and 2099; null when none of these or no such day (2026-02-30).
     */
    static LocalDate parseDate(String text) {
        try {
            Matcher m = SEPARATED_DATE.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
            }
            m = CHINESE_DATE.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = COMPACT_DATE.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        if (SERIAL.matcher(text).matches()) {
            long serial = (long) Double.parseDouble(text);
            if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL) {
                return SERIAL_EPOCH.plusDays(serial);
            }
        }
        return null;
    }
}
