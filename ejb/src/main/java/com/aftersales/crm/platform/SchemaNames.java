package com.aftersales.crm.platform;

import com.aftersales.crm.shared.WrittenOnce;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.mappings.converters.EnumTypeConverter;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Locale;

/**
 * The naming rule of the schema, written once instead of on every field: an entity {@code ServiceCase} lives in table
 * {@code service_case}, an attribute {@code openedAt} in column {@code opened_at} (embeddables' attributes too: their
 * descriptors are among the session's), a to-one attribute {@code template} in {@code template_id}, the key column of
 * an element collection of {@code Customer} is {@code customer_id}; an enum is stored by its name
 * ({@code @Enumerated(EnumType.ORDINAL)} would still ask for its position); a {@link WrittenOnce} entity's columns,
 * but its key and version, are left out of updates. Registered as {@code eclipselink.session.customizer} in
 * persistence.xml, it runs after EclipseLink has given every field its default name (the attribute's name in upper
 * case, which PostgreSQL would read as {@code openedat}) and before the descriptors are initialised: it renames exactly
 * the defaults, so that any name written in an annotation wins. JPQL speaks of attributes and native SQL of the
 * schema's columns: neither changes. The version attribute is {@code version} everywhere, which the rule leaves as it is.
 * <p>
 * Names are written out where the schema differs from the rule: a column named for the business rather than the
 * attribute ({@code type} in {@code case_type}), a table named otherwise than its class ({@code UserAccount} in
 * {@code app_user}, {@code FollowUpCall} in {@code follow_up}), collection tables (the default would be
 * {@code customer_phones}) and their key and value columns where the owner's name is shortened ({@code order_id},
 * {@code technician_id}), order columns. {@code EntityMappingIT} holds the whole mapping it must produce.
 */
public class SchemaNames implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.isAggregateDescriptor() && !descriptor.isAggregateCollectionDescriptor()
                    && descriptor.getTables().size() == 1 && descriptor.getTableName().equals(upper(descriptor.getAlias()))) {
                descriptor.getTables().get(0).setName(snake(descriptor.getAlias()));
            }
            boolean writtenOnce = descriptor.getJavaClass().isAnnotationPresent(WrittenOnce.class);
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                name(descriptor, mapping);
                if (writtenOnce && mapping instanceof AbstractDirectMapping direct && !key(descriptor, mapping.getAttributeName())) {
                    direct.getField().setUpdatable(false);
                }
            }
        }
    }

    private static void name(ClassDescriptor descriptor, DatabaseMapping mapping) {
        String attribute = mapping.getAttributeName();
        if (mapping instanceof AbstractDirectMapping direct) {
            rename(direct.getField(), attribute, snake(attribute));
            if (direct.getConverter() instanceof EnumTypeConverter && byName(descriptor, attribute)) {
                Class<?> type = field(descriptor, attribute).getType();
                direct.setConverter(new EnumTypeConverter(direct, type, false));
                direct.setFieldClassification(String.class);
            }
        } else if (mapping instanceof OneToOneMapping reference) {
            for (DatabaseField key : reference.getForeignKeyFields()) {
                rename(key, attribute + "_ID", snake(attribute) + "_id");
            }
        } else if (mapping instanceof DirectCollectionMapping collection) {
            List<DatabaseField> keys = collection.getReferenceKeyFields();
            for (DatabaseField key : keys) {
                rename(key, descriptor.getAlias() + "_ID", snake(descriptor.getAlias()) + "_id");
            }
            if (collection.getValueConverter() instanceof EnumTypeConverter && byName(descriptor, attribute)) {
                Class<?> element = (Class<?>) ((ParameterizedType) field(descriptor, attribute).getGenericType())
                        .getActualTypeArguments()[0];
                collection.setValueConverter(new EnumTypeConverter(collection, element, false));
                collection.setDirectFieldClassification(element);
            }
        }
    }

    /** Renames a field that still has the name EclipseLink gave it by default. */
    private static void rename(DatabaseField field, String defaultName, String name) {
        if (field != null && field.getName().equals(upper(defaultName))) {
            field.setName(name);
        }
    }

    /** The key and the version, which stay updatable in a {@link WrittenOnce} entity (EclipseLink writes them itself). */
    private static boolean key(ClassDescriptor descriptor, String attribute) {
        Field field = field(descriptor, attribute);
        return field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(Version.class);
    }

    /** An enum attribute without {@code @Enumerated}: EclipseLink's default is the position, ours the name. */
    private static boolean byName(ClassDescriptor descriptor, String attribute) {
        return !field(descriptor, attribute).isAnnotationPresent(Enumerated.class);
    }

    private static Field field(ClassDescriptor descriptor, String attribute) {
        for (Class<?> type = descriptor.getJavaClass(); type != null; type = type.getSuperclass()) {
            try {
                return type.getDeclaredField(attribute);
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new IllegalStateException(descriptor.getJavaClassName() + " has no field " + attribute);
    }

    static String snake(String name) {
        StringBuilder snake = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                snake.append('_');
            }
            snake.append(Character.toLowerCase(c));
        }
        return snake.toString();
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
