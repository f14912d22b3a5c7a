package com.aftersales.crm.web.navigation;

import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.web.security.Area;
import com.aftersales.crm.web.security.CurrentUser;
import com.aftersales.crm.web.shell.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

import java.util.List;

/**
 * The menu: one section per role the user holds, each listing that area's screens. Later features add their
 * entries to {@link #SCREENS}.
 */
@Named
@RequestScoped
public class MenuView {

    /** A screen of an area: its label key, its icon and its view path. */
    record Screen(Area area, String labelKey, String icon, String outcome) {
    }

    static final List<Screen> SCREENS = List.of(
            new Screen(Area.AGENT, "menu.agent.home", "pi pi-phone", "/agent/index"),
            new Screen(Area.AGENT, "menu.agent.call", "pi pi-phone", "/agent/call"),
            new Screen(Area.AGENT, "menu.cases", "pi pi-list", "/cases/list"),
            new Screen(Area.AGENT, "menu.customers", "pi pi-search", "/customers/search"),
            new Screen(Area.SUPERVISOR, "menu.supervisor.home", "pi pi-briefcase", "/supervisor/index"),
            new Screen(Area.SUPERVISOR, "menu.supervisor.escalations", "pi pi-exclamation-triangle", "/supervisor/escalations"),
            new Screen(Area.SUPERVISOR, "menu.cases", "pi pi-list", "/cases/list"),
            new Screen(Area.SUPERVISOR, "menu.customers", "pi pi-search", "/customers/search"),
            new Screen(Area.INFO_OFFICER, "menu.info.home", "pi pi-inbox", "/info/index"),
            new Screen(Area.DEALER, "menu.dealer.home", "pi pi-shop", "/dealer/index"),
            new Screen(Area.DEALER, "menu.dealer.cases", "pi pi-comments", "/cases/list"),
            new Screen(Area.DEALER, "menu.dealer.customers", "pi pi-users", "/customers/search"),
            new Screen(Area.PROVIDER, "menu.provider.home", "pi pi-wrench", "/provider/index"),
            new Screen(Area.PROVIDER, "menu.provider.orders", "pi pi-send", "/provider/orders"),
            new Screen(Area.PROVIDER, "menu.provider.customers", "pi pi-users", "/customers/search"),
            new Screen(Area.MANAGER, "menu.manager.home", "pi pi-chart-bar", "/manager/index"),
            new Screen(Area.ADMIN, "menu.admin.home", "pi pi-cog", "/admin/index"),
            new Screen(Area.ADMIN, "menu.admin.users", "pi pi-users", "/admin/users"),
            new Screen(Area.ADMIN, "menu.customers", "pi pi-search", "/customers/search"),
            new Screen(Area.ADMIN, "menu.cases", "pi pi-list", "/cases/list"),
            new Screen(Area.ADMIN, "menu.admin.dealers", "pi pi-shop", "/admin/dealers"),
            new Screen(Area.ADMIN, "menu.admin.providers", "pi pi-wrench", "/admin/providers"),
            new Screen(Area.ADMIN, "menu.admin.technicians", "pi pi-id-card", "/admin/technicians"),
            new Screen(Area.ADMIN, "menu.admin.products", "pi pi-box", "/admin/products"),
            new Screen(Area.ADMIN, "menu.admin.policies", "pi pi-sliders-h", "/admin/policies"),
            new Screen(Area.ADMIN, "menu.admin.calendar", "pi pi-calendar", "/admin/calendar"),
            new Screen(Area.ADMIN, "admin.pauseReasons.menu", "pi pi-pause", "/admin/pause-reasons"),
            // API clients (接口客户端): the systems calling the REST API with keys of their own
            new Screen(Area.ADMIN, "admin.apiClients.menu", "pi pi-key", "/admin/api-clients"),
            // quality complaints and returns
            new Screen(Area.AGENT, "quality.menu.new", "pi pi-camera", "/quality/edit"),
            new Screen(Area.SUPERVISOR, "quality.menu.queue", "pi pi-camera", "/supervisor/quality-complaints"),
            new Screen(Area.SUPERVISOR, "returns.menu.queue", "pi pi-replay", "/supervisor/returns"),
            new Screen(Area.DEALER, "quality.menu.mine", "pi pi-camera", "/dealer/quality-complaints"),
            new Screen(Area.DEALER, "returns.menu.mine", "pi pi-replay", "/dealer/returns"),
            // follow-up calls and surveys
            new Screen(Area.AGENT, "followup.menu.queue", "pi pi-phone", "/agent/follow-ups"),
            new Screen(Area.SUPERVISOR, "followup.menu.queue", "pi pi-phone", "/agent/follow-ups"),
            new Screen(Area.SUPERVISOR, "followup.menu.dashboard", "pi pi-chart-line", "/supervisor/follow-ups"),
            new Screen(Area.PROVIDER, "followup.menu.items", "pi pi-comment", "/provider/follow-up-items"),
            new Screen(Area.ADMIN, "followup.menu.surveys", "pi pi-list-check", "/admin/surveys"),
            // market information
            new Screen(Area.INFO_OFFICER, "information.menu", "pi pi-megaphone", "/info/items"),
            new Screen(Area.SUPERVISOR, "information.menu", "pi pi-megaphone", "/info/items"),
            new Screen(Area.DEALER, "information.menu", "pi pi-megaphone", "/dealer/information"),
            new Screen(Area.PROVIDER, "information.menu", "pi pi-megaphone", "/provider/information"),
            // monthly service cases
            new Screen(Area.PROVIDER, "caseStudy.menu", "pi pi-book", "/provider/case-studies"),
            new Screen(Area.SUPERVISOR, "caseStudy.menu", "pi pi-book", "/supervisor/case-studies"),
            // weekly archive submissions
            new Screen(Area.PROVIDER, "submission.menu", "pi pi-upload", "/provider/submissions"),
            new Screen(Area.SUPERVISOR, "submission.menu", "pi pi-upload", "/supervisor/submissions"),
            // job monitor (/supervisor/** admits administrators too)
            new Screen(Area.SUPERVISOR, "jobs.menu", "pi pi-server", "/supervisor/jobs"),
            new Screen(Area.ADMIN, "jobs.menu", "pi pi-server", "/supervisor/jobs"),
            // weekly information report
            new Screen(Area.INFO_OFFICER, "report.menu", "pi pi-chart-bar", "/info/weekly-reports"),
            new Screen(Area.SUPERVISOR, "report.menu", "pi pi-chart-bar", "/info/weekly-reports"),
            new Screen(Area.MANAGER, "report.menu", "pi pi-chart-bar", "/info/weekly-reports"),
            // defects by product batch (/info/** admits supervisors and administrators too)
            new Screen(Area.INFO_OFFICER, "batch.menu", "pi pi-exclamation-triangle", "/info/batches"),
            new Screen(Area.SUPERVISOR, "batch.menu", "pi pi-exclamation-triangle", "/info/batches"),
            // provider scoring and the yearly reward
            new Screen(Area.PROVIDER, "assessment.menu.scorecard", "pi pi-star", "/provider/scorecard"),
            new Screen(Area.SUPERVISOR, "assessment.menu.supervise", "pi pi-star", "/supervisor/assessments"),
            new Screen(Area.MANAGER, "assessment.menu.manage", "pi pi-star", "/manager/assessments"),
            // chargebacks (责任扣款) and their cost reports (/manager/** admits supervisors and administrators too)
            new Screen(Area.SUPERVISOR, "chargeback.menu.ledger", "pi pi-wallet", "/supervisor/chargebacks"),
            new Screen(Area.ADMIN, "chargeback.menu.ledger", "pi pi-wallet", "/supervisor/chargebacks"),
            new Screen(Area.PROVIDER, "chargeback.menu.mine", "pi pi-wallet", "/provider/chargebacks"),
            new Screen(Area.DEALER, "chargeback.menu.mine", "pi pi-wallet", "/dealer/chargebacks"),
            new Screen(Area.MANAGER, "chargeback.menu.report", "pi pi-chart-pie", "/manager/chargeback-report"),
            new Screen(Area.SUPERVISOR, "chargeback.menu.report", "pi pi-chart-pie", "/manager/chargeback-report"),
            // management dashboard (/manager/** admits supervisors and administrators too)
            new Screen(Area.MANAGER, "dashboard.menu", "pi pi-chart-line", "/manager/dashboard"),
            new Screen(Area.SUPERVISOR, "dashboard.menu", "pi pi-chart-line", "/manager/dashboard"));

    @Inject
    CurrentUser currentUser;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build();
        }
        return model;
    }

    private MenuModel build() {
        DefaultMenuModel menu = new DefaultMenuModel();
        var principal = currentUser.getPrincipal();
        if (principal == null) {
            return menu;
        }
        for (Role role : Role.values()) {
            if (!principal.hasRole(role)) {
                continue;
            }
            Area area = Area.of(role);
            DefaultSubMenu section = DefaultSubMenu.builder()
                    .id("menu-" + area.name().toLowerCase())
                    .label(Messages.text("role." + role.name()))
                    .expanded(true)
                    .build();
            SCREENS.stream().filter(screen -> screen.area() == area).forEach(screen -> section.getElements().add(
                    DefaultMenuItem.builder()
                            .id("menu-" + area.name().toLowerCase() + screen.outcome().replace('/', '-'))
                            .value(Messages.text(screen.labelKey()))
                            .icon(screen.icon())
                            .outcome(screen.outcome())
                            .build()));
            menu.getElements().add(section);
        }
        return menu;
    }
}
