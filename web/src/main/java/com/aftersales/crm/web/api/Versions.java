package com.aftersales.crm.web.api;

import com.aftersales.crm.chargeback.entity.LineRow;
import com.aftersales.crm.customer.boundary.CustomerDraft;
import com.aftersales.crm.dispatch.entity.OrderRow;
import com.aftersales.crm.installation.boundary.Customer360;
import com.aftersales.crm.security.boundary.UserDraft;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Optimistic concurrency over HTTP, besides the version in the body. A single versioned record — a customer, a user,
 * a case, a dispatch order, a chargeback line — is answered (GET, PUT) with a strong {@code ETag} made of its version
 * ({@code "3"}): the version of the record, not a hash of the answer (a customer's installations have versions of
 * their own). A change of the record (PUT, or a POST step on it) honours {@code If-Match}: a version that is not the
 * record's now is 412; an {@code If-Match} and a body version that disagree are 412; without {@code If-Match} the
 * body's version alone applies, as before (409 when stale).
 */
@Provider
public class Versions implements ContainerResponseFilter {

    private static final Set<String> REPRESENTING = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT, HttpMethod.PATCH);

    /** The entity tag of a version. */
    static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version of an answer's record, or null for an answer that is no single versioned record. */
    static Long versionOf(Object entity) {
        if (entity instanceof Customer360 customer) {
            return customer.customer().version();
        }
        if (entity instanceof CustomerDraft draft) {
            return draft.getVersion();
        }
        if (entity instanceof UserDraft user) {
            return user.getVersion();
        }
        if (entity instanceof CaseResource.CaseView view) {
            return view.serviceCase().version();
        }
        if (entity instanceof OrderRow order) {
            return order.version();
        }
        if (entity instanceof LineRow line) {
            return line.version();
        }
        return null;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!REPRESENTING.contains(request.getMethod()) || response.getStatus() / 100 != 2
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        Long version = versionOf(response.getEntity());
        if (version != null) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag(version));
        }
    }

    /**
     * Checks a change's {@code If-Match} against the record's version now (read only when there is an If-Match) and the body's version (null when the body
     * has none): 412 {@code precondition_failed} when they disagree or the record has changed. The version to change
     * from: the body's, else the one {@code If-Match} names (null when neither is sent — nothing to hold the change to).
     */
    static Long ifMatch(String ifMatch, LongSupplier current, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return bodyVersion;
        }
        if (ifMatch.trim().equals("*")) {
            return bodyVersion;  // any current version of a record that exists
        }
        List<Long> tagged = strongVersions(ifMatch);
        if (bodyVersion != null && !tagged.contains(bodyVersion)) {
            throw new ApiRefusal(412, "precondition_failed", "api.error.ifMatchDisagrees", HttpHeaders.IF_MATCH);
        }
        long now = current.getAsLong();
        if (!tagged.contains(now)) {
            throw new ApiRefusal(412, "precondition_failed", "api.error.preconditionFailed", HttpHeaders.IF_MATCH);
        }
        return now;
    }

    /**
     * A body's version as sent, where the body's version is a plain number: 0, what a body without one binds to, is
     * read as not sent (with an {@code If-Match}, the tag's version applies).
     */
    static Long sent(long bodyVersion) {
        return bodyVersion == 0 ? null : bodyVersion;
    }

    /** The versions of an If-Match's strong tags ({@code "3", "4"}); a weak tag or another value matches nothing. */
    private static List<Long> strongVersions(String ifMatch) {
        List<Long> versions = new ArrayList<>();
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.length() >= 3 && t.startsWith("\"") && t.endsWith("\"")) {
                try {
                    versions.add(Long.parseLong(t.substring(1, t.length() - 1)));
                } catch (NumberFormatException notOurs) {
                    // a tag we never gave: matches nothing
                }
            }
        }
        return versions;
    }
}
