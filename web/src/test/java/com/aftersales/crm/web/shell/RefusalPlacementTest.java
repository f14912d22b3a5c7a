package com.aftersales.crm.web.shell;

import com.aftersales.crm.web.shell.RefusalInterceptor.Placement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused field is said where the page said it before the one path: on its input, on the form's note, or the page. */
class RefusalPlacementTest {

    @Refusals(form = "customerForm", labels = "customer.field.")
    void ownInputs() {
    }

    @Refusals(form = "actions", labels = "case.field.", field = "note", ownFields = "responsibility")
    void noteUnlessResponsibility() {
    }

    @Refusals(form = "run", field = "runWeek", label = "report.field.week")
    void oneInput() {
    }

    @Refusals(labels = "admin.providers.field.")
    void rowAction() {
    }

    @Refusals
    void pageOnly() {
    }

    @Refusals(form = "questionForm", labels = "survey.field.", pageFields = {"questions", "position"})
    void someOnThePage() {
    }

    private static Placement of(String method, String field) throws NoSuchMethodException {
        Refusals refusals = RefusalPlacementTest.class.getDeclaredMethod(method).getAnnotation(Refusals.class);
        return RefusalInterceptor.placement(refusals, field);
    }

    @Test
    void aFieldIsSaidOnItsOwnInputWithItsLabel() throws Exception {
        assertThat(of("ownInputs", "name")).isEqualTo(new Placement("customerForm:name", "customer.field.name"));
    }

    @Test
    void aFormWithOneNoteSaysOtherFieldsOnTheNoteWithTheirOwnLabel() throws Exception {
        assertThat(of("noteUnlessResponsibility", "responsibility"))
                .isEqualTo(new Placement("actions:responsibility", "case.field.responsibility"));
        assertThat(of("noteUnlessResponsibility", "followUp")).isEqualTo(new Placement("actions:note", "case.field.followUp"));
    }

    @Test
    void aFormWithOneInputSaysEveryFieldThereUnderItsLabel() throws Exception {
        assertThat(of("oneInput", "week")).isEqualTo(new Placement("run:runWeek", "report.field.week"));
    }

    @Test
    void aRowActionSaysTheLabelledReasonInThePagesMessages() throws Exception {
        assertThat(of("rowAction", "status")).isEqualTo(new Placement(null, "admin.providers.field.status"));
    }

    @Test
    void withoutLabelsOrForAFieldWithoutInputTheReasonStandsAlone() throws Exception {
        assertThat(of("pageOnly", "month")).isEqualTo(new Placement(null, null));
        assertThat(of("someOnThePage", "questions")).isEqualTo(new Placement(null, null));
        assertThat(of("someOnThePage", "kind")).isEqualTo(new Placement("questionForm:kind", "survey.field.kind"));
        assertThat(of("ownInputs", null)).isEqualTo(new Placement(null, null));
    }
}
