package com.aftersales.crm.web.admin;

import com.aftersales.crm.dealer.boundary.Dealers;
import com.aftersales.crm.provider.boundary.ServiceProviders;
import com.aftersales.crm.security.boundary.UserAdministration;
import com.aftersales.crm.security.boundary.UserDraft;
import com.aftersales.crm.security.entity.UserRow;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.Option;
import com.aftersales.crm.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Users: list, create, edit roles and organisation, reset password, disable. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    @Inject
    UserAdministration administration;

    @Inject
    Dealers dealers;

    @Inject
    ServiceProviders providers;

    private LazyDataModel<UserRow> users;
    private String filter;
    private Long editingId;
    private UserDraft draft = new UserDraft();
    private String password;
    private List<Option> dealerOptions;
    private List<Option> providerOptions;

    @PostConstruct
    void init() {
        users = new LazyUserDataModel(administration, () -> filter);
    }

    public void startCreate() {
        editingId = null;
        draft = new UserDraft();
        password = null;
    }

    public void startEdit(long id) {
        editingId = id;
        draft = administration.load(id);
        password = null;
    }

    public void save() {
        try {
            if (editingId == null) {
                administration.create(draft, password == null ? "" : password);
                Messages.info("admin.users.created", draft.getUsername());
            } else {
                administration.update(editingId, draft);
                Messages.info("admin.users.saved", draft.getUsername());
            }
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } catch (InvalidInput invalid) {
            Messages.fieldError("userForm:" + invalid.field(), "admin.users.field." + invalid.field(), invalid.messageKey());
        } catch (ConcurrentChange conflict) {
            Messages.error("error.concurrentChange");
        } finally {
            password = null;
        }
    }

    public void resetPassword() {
        administration.resetPassword(editingId, password == null ? "" : password);
        password = null;
        Messages.info("admin.users.passwordReset", draft.getUsername());
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
        return draft.getRoles().stream().anyMatch(Role::actsForDealer);
    }

    public boolean isProviderRole() {
        return draft.getRoles().stream().anyMatch(Role::actsForProvider);
    }

    /** Clears an organisation the chosen roles no longer need. */
    public void rolesChanged() {
        if (!isDealerRole()) {
            draft.setDealerId(null);
        }
        if (!isProviderRole()) {
            draft.setProviderId(null);
        }
    }

    public List<Option> getDealerOptions() {
        if (dealerOptions == null) {
            dealerOptions = dealers.options();
        }
        return dealerOptions;
    }

    public List<Option> getProviderOptions() {
        if (providerOptions == null) {
            providerOptions = providers.options();
        }
        return providerOptions;
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public LazyDataModel<UserRow> getUsers() {
        return users;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public UserDraft getDraft() {
        return draft;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
