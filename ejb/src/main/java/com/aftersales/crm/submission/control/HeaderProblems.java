package com.aftersales.crm.submission.control;

import com.aftersales.crm.submission.entity.RowProblem;

import java.util.List;

/** The header row does not fit the template: no row of the file can be read. Its problems are file-level (row 0). */
public class HeaderProblems extends Exception {

    private final transient List<RowProblem> problems;

    public HeaderProblems(List<RowProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
