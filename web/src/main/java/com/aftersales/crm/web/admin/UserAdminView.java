package com.aftersales.crm.web.admin;

import com.aftersales.crm.security.boundary.UserAdministration;
import com.aftersales.crm.security.boundary.UserDraft;
import com.aftersales.crm.security.entity.UserRow;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** Users: list, create, edit roles and organisation, reset password, disable. */
@Named
@ViewScoped
public class UserAdminView extends ReferenceDataView<UserRow, UserDraft> {

    @Inject
    UserAdministration administration;

    @Getter @Setter private String password;

    public UserAdminView() {
        super("users", "userDialog");
    }

    @Override
    protected LazyDataModel<UserRow> rows() {
        return new PagedRows<>(() -> administration.count(getFilter()),
                (first, max, sortField, ascending) -> administration.list(getFilter(), first, max, sortField, ascending),
                UserRow::id, "username");
    }

    @Override
    protected UserDraft newDraft() {
        return new UserDraft();
    }

    @Override
    protected UserDraft find(long id) {
        return administration.load(id);
    }

    @Override
    protected void create(UserDraft draft) {
        administration.create(draft, password == null ? "" : password);
    }

    @Override
    protected void update(long id, UserDraft draft) {
        administration.update(id, draft);
    }

    @Override
    protected String title(UserDraft draft) {
        return draft.getUsername();
    }

    @Override
    public void startCreate() {
        super.startCreate();
        password = null;
    }

    @Override
    public void startEdit(long id) {
        super.startEdit(id);
        password = null;
    }

    /** The password typed for a new user is not kept, whether the save succeeded or not. */
    @Override
    @Refusals(form = "userForm", labels = "admin.users.field.")
    public void save() {
        try {
            super.save();
        } finally {
            password = null;
        }
    }

    public void resetPassword() {
        administration.resetPassword(editingId(), password == null ? "" : password);
        password = null;
        Messages.info("admin.users.passwordReset", getDraft().getUsername());
        PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
    }

    public void toggleEnabled(UserRow row) {
        administration.setEnabled(row.id(), !row.enabled());
        Messages.info(row.enabled() ? "admin.users.disabled" : "admin.users.enabled", row.username());
    }

    public List<Role> getAllRoles() {
        return Arrays.asList(Role.values());
    }

    public String roleLabels(String roles) {
        if (roles == null || roles.isBlank()) {
            return "";
        }
        return Arrays.stream(roles.split(",")).map(role -> Messages.text("role." + role)).reduce((a, b) -> a + "、" + b).orElse("");
    }

    public boolean isDealerRole() {
        return getDraft().getRoles().stream().anyMatch(Role::actsForDealer);
    }

    public boolean isProviderRole() {
        return getDraft().getRoles().stream().anyMatch(Role::actsForProvider);
    }

    /** Clears an organisation the chosen roles no longer need. */
    public void rolesChanged() {
        if (!isDealerRole()) {
            getDraft().setDealerId(null);
        }
        if (!isProviderRole()) {
            getDraft().setProviderId(null);
        }
    }
}
