package com.aftersales.crm.web.shell;

import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.Arrays;

/** Says the domain's refusals of a view's action as its {@link Refusals} annotation places them. */
@Refusals
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalInterceptor implements Serializable {

    @AroundInvoke
    Object sayRefusals(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (InvalidInput invalid) {
            onField(refusals(invocation), invalid.field(), invalid.messageKey(), invalid.args());
        } catch (ConcurrentChange conflict) {
            Messages.error(refusals(invocation).concurrent());
            reload(invocation);
        } catch (IllegalTransition refused) {
            Refusals refusals = refusals(invocation);
            if (!refusals.illegal().isEmpty()) {
                Messages.error(refusals.illegal());
            } else if (!refusals.steps().isEmpty()) {
                illegalStep(refusals.steps(), refused);
            } else {
                throw refused;
            }
            reload(invocation);
        } catch (NotFound missing) {
            Refusals refusals = refusals(invocation);
            if (refusals.notFound().isEmpty()) {
                throw missing;
            }
            if (refusals.notFoundField().isEmpty()) {
                Messages.error(refusals.notFound());
            } else {
                onField(refusals, refusals.notFoundField(), refusals.notFound());
            }
        }
        return nothing(invocation.getMethod());
    }

    private static void onField(Refusals refusals, String field, String reasonKey, Object... arguments) {
        Placement placement = placement(refusals, field);
        if (placement.labelKey() == null) {
            Messages.error(reasonKey, arguments);
        } else {
            Messages.fieldError(placement.clientId(), placement.labelKey(), reasonKey, arguments);
        }
    }

    /**
     * Where a refused field is said: on an input ({@code clientId}; null: in the page's messages) led by the field's
     * label, or, without a label, as the bare reason in the page's messages.
     */
    record Placement(String clientId, String labelKey) {
    }

    static Placement placement(Refusals refusals, String field) {
        boolean onPage = field == null || Arrays.asList(refusals.pageFields()).contains(field);
        boolean own = refusals.field().isEmpty() || Arrays.asList(refusals.ownFields()).contains(field);
        String label = own || refusals.label().isEmpty()
                ? (refusals.labels().isEmpty() ? null : refusals.labels() + field)
                : refusals.label();
        if (onPage || label == null) {
            return new Placement(null, null);
        }
        return new Placement(refusals.form().isEmpty() ? null : refusals.form() + ":" + (own ? field : refusals.field()), label);
    }

    /**
     * "<state> … cannot <step>", in the user's words for both. A service case's refusals may be about one of its
     * orders, whose states and steps have their own words.
     */
    static void illegalStep(String steps, IllegalTransition refused) {
        if ("case".equals(steps)) {
            boolean order = "order".equals(refused.subject());
            Messages.error("case.error.illegalTransition",
                    Messages.text((order ? "dispatch.status." : "case.status.") + refused.from()),
                    Messages.text("case.error.subject." + refused.subject()),
                    Messages.text((order ? "dispatch.action." : "timeline.CASE_") + refused.action()));
        } else {
            Messages.error(steps + ".error.illegalTransition", Messages.text(steps + ".status." + refused.from()),
                    Messages.text(steps + ".action." + refused.action()));
        }
    }

    private static void reload(InvocationContext invocation) {
        if (invocation.getTarget() instanceof AfterRefusal view) {
            view.reload();
        }
    }

    private static Refusals refusals(InvocationContext invocation) {
        Method method = invocation.getMethod();
        Refusals refusals = method.getAnnotation(Refusals.class);
        // the view's own class: an action it inherits (ReferenceDataView.save) is said where the view's page says it
        return refusals != null ? refusals : invocation.getTarget().getClass().getAnnotation(Refusals.class);
    }

    /** What a refused action returns: no navigation, no success. */
    private static Object nothing(Method method) {
        return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
    }
}
