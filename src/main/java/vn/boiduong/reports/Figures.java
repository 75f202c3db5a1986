package vn.boiduong.reports;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.boiduong.budget.Budget;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.targets.TargetBoard;
import vn.boiduong.targets.TargetProgress;

/** Computes the figures of a yearly report from the live records (no authorisation: callers check). */
@Component
class Figures {

    private final FigureQueries queries;
    private final OrgUnits units;
    private final Budget budget;
    /** Looked up when used: the targets' dashboards list the late reports of this module (LateItems), a cycle at start. */
    private final ObjectProvider<TargetBoard> targets;

    Figures(FigureQueries queries, OrgUnits units, Budget budget, ObjectProvider<TargetBoard> targets) {
        this.queries = queries;
        this.units = units;
        this.budget = budget;
        this.targets = targets;
    }

    ReportFigures compute(OrgUnit unit, int year, LocalDate today) {
        List<ReportFigures.Line> byProgram = queries.byProgram(unit.path(), year);
        List<ReportFigures.Line> byDelivery = queries.byDelivery(unit.path(), year);
        ReportFigures.Counts total = byDelivery.stream().map(ReportFigures.Line::counts)
                .reduce(ReportFigures.Counts.ZERO, ReportFigures.Counts::plus);
        List<OrgUnit> children = units.lookupChildren(unit.id()).stream().filter(OrgUnit::active).toList();
        // where the unit stands against its targets, read from the targets module's pre-aggregated facts (issue 7)
        List<TargetProgress> progress = targets.getObject().progress(unit.id());
        return new ReportFigures(unit.id(), unit.name(), unit.path(), year, today, byProgram, byDelivery, total,
                queries.followUp(unit.path(), year, today, total), queries.classes(unit.path(), year),
                queries.effectBelow(children, year, today), progress, budget.summary(unit.id(), year));
    }
}
