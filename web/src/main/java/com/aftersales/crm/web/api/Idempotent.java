package com.aftersales.crm.web.api;

import com.aftersales.crm.idempotency.boundary.IdempotentRequests;
import com.aftersales.crm.idempotency.entity.KeptAnswer;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.apache.shiro.SecurityUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * On a POST that creates: the call takes an {@code Idempotency-Key} header (any 1–255 visible ASCII characters, a
 * UUID say). The first call under a key runs and, when it succeeds, its answer (status, Location, body) is kept for
 * the caller; a retry with the same key, the same path and the same body creates nothing and gets that answer again
 * (with {@code Idempotency-Replayed: true}); the same key with another body or path is 422; a retry while the first
 * call still runs is 409 (retry later). A call that fails creates nothing and frees its key. Keys are per caller and
 * kept for the hours of the policy {@code api.idempotency-key-hours}. Without the header the call runs as always.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {

    String HEADER = "Idempotency-Key";

    String REPLAYED = "Idempotency-Replayed";

    @Provider
    @Idempotent
    @Priority(Priorities.USER)
    class Filter implements ContainerRequestFilter, ContainerResponseFilter {

        private static final String CLAIMED = Idempotent.class.getName() + ".claimed";

        private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

        /** The boundary, looked up (a provider Jersey makes is no CDI bean of its own). */
        private static IdempotentRequests requests() {
            return CDI.current().select(IdempotentRequests.class).get();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            String key = request.getHeaderString(HEADER);
            if (key == null) {
                return;
            }
            if (!KEY.matcher(key).matches()) {
                throw new ApiRefusal(400, "invalid", "api.error.idempotencyKey", HEADER);
            }
            byte[] body;
            try {
                body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            request.setEntityStream(new ByteArrayInputStream(body));
            String path = request.getUriInfo().getRequestUri().getRawPath();
            IdempotentRequests.Claim claim = requests().claim(caller(), key, request.getMethod(), path, sha256(body));
            if (claim instanceof IdempotentRequests.Run run) {
                request.setProperty(CLAIMED, run.id());
            } else if (claim instanceof IdempotentRequests.Replay replay) {
                request.abortWith(replay(replay.answer()));
            } else if (claim instanceof IdempotentRequests.Reused) {
                throw new ApiRefusal(422, "idempotency_key_reused", "api.error.idempotencyKeyReused", HEADER);
            } else {
                throw new ApiRefusal(409, "idempotency_key_in_use", "api.error.idempotencyKeyInUse", HEADER);
            }
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!(request.getProperty(CLAIMED) instanceof Long id)) {
                return;
            }
            request.removeProperty(CLAIMED);
            if (response.getStatus() / 100 != 2) {
                requests().release(id);
                return;
            }
            Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
            MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
            Object entity = response.getEntity();
            String body = entity == null ? null : entity instanceof String text ? text : JsonBinding.json(entity);
            requests().keep(id, new KeptAnswer(response.getStatus(), location == null ? null : location.toString(),
                    type.toString(), body));
        }

        private static Response replay(KeptAnswer answer) {
            Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED, "true");
            if (answer.location() != null) {
                replay.location(URI.create(answer.location()));
            }
            if (answer.body() != null) {
                replay.entity(answer.body()).type(answer.contentType());
            }
            return replay.build();
        }

        /** Whose key it is: the user's, or (another kind of principal, an API client) its own name. */
        private static String caller() {
            Object principal = SecurityUtils.getSubject().getPrincipal();
            if (principal instanceof UserPrincipal user) {
                return "user:" + user.userId();
            }
            return "client:" + principal;
        }

        private static String sha256(byte[] body) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
