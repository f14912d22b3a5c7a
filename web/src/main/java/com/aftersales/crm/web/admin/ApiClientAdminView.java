package com.aftersales.crm.web.admin;

import com.aftersales.crm.apiclient.boundary.ApiClientDraft;
import com.aftersales.crm.apiclient.boundary.ApiClientView;
import com.aftersales.crm.apiclient.boundary.ApiClients;
import com.aftersales.crm.apiclient.boundary.IssuedKey;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * 接口客户端: the systems that call the API with a key of their own. The administrator creates one (bound to one role
 * and the dealer or provider that role needs), rotates its key, revokes it. A new key is shown once, in a dialog;
 * the view forgets it when the dialog is closed, and nothing can show it again. A short list, read whole.
 */
@Named
@ViewScoped
public class ApiClientAdminView implements Serializable {

    @Inject
    ApiClients clients;

    private List<ApiClientView> rows;
    @Getter private ApiClientDraft draft = new ApiClientDraft();
    @Getter @Setter private int overlapMinutes;
    private IssuedKey issued;

    public List<ApiClientView> getRows() {
        if (rows == null) {
            rows = clients.list();
        }
        return rows;
    }

    /** The roles a client may act as: every one but the administrator's. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(role -> role != Role.ADMIN).toList();
    }

    public boolean isDealerRole() {
        return draft.getRole() != null && draft.getRole().actsForDealer();
    }

    public boolean isProviderRole() {
        return draft.getRole() != null && draft.getRole().actsForProvider();
    }

    /** The organisation of the other role is dropped when the role changes. */
    public void roleChanged() {
        if (!isDealerRole()) {
            draft.setDealerId(null);
        }
        if (!isProviderRole()) {
            draft.setProviderId(null);
        }
    }

    @Refusals(form = "createForm", labels = "admin.apiClients.field.")
    public void create() {
        issued = clients.create(draft);
        Messages.info("admin.apiClients.created", issued.client().name());
        draft = new ApiClientDraft();
        rows = null;
        showKey();
    }

    @Refusals(form = "list", labels = "admin.apiClients.field.")
    public void rotate(long id) {
        issued = clients.rotate(id, overlapMinutes);
        Messages.info("admin.apiClients.rotated", issued.client().name());
        rows = null;
        showKey();
    }

    @Refusals(form = "list", labels = "admin.apiClients.field.")
    public void revoke(long id) {
        ApiClientView client = clients.revoke(id);
        Messages.info("admin.apiClients.revoked", client.name());
        rows = null;
    }

    private static void showKey() {
        PrimeFaces.current().executeScript("PF('keyDialog').show()");
    }

    /** The key dialog was closed: the key is gone for good. */
    public void forgetKey() {
        issued = null;
    }

    public String getIssuedKey() {
        return issued == null ? null : issued.key();
    }

    public String getIssuedFor() {
        return issued == null ? null : issued.client().name();
    }

    public int getMaxOverlapMinutes() {
        return ApiClients.MAX_OVERLAP_MINUTES;
    }
}
