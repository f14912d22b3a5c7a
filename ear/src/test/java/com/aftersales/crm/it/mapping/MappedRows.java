package com.aftersales.crm.it.mapping;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.OneToManyMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.mappings.converters.EnumTypeConverter;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.internal.jpa.EntityManagerFactoryProvider;
import org.eclipse.persistence.internal.jpa.EntityManagerSetupImpl;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.Server;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads every entity of the application's persistence unit through JPA, each call in a transaction of its own (a failed
 * statement spoils the transaction it runs in), and describes the provider's mapping of each entity to its tables and
 * columns. The unit belongs to the EJB module, and Payara lets no other module name it ({@code crm-ejb.jar#crm} is
 * refused): the test reaches the deployed unit's session through EclipseLink's registry of deployed units instead.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MappedRows {

    private EntityManager em;
    private Metamodel metamodel;

    @PostConstruct
    void open() {
        EntityManagerSetupImpl unit = EntityManagerFactoryProvider.getEmSetupImpls().values().stream()
                .filter(setup -> setup.isDeployed() && "crm".equals(setup.getPersistenceUnitInfo().getPersistenceUnitName()))
                .findFirst().orElseThrow(() -> new IllegalStateException("persistence unit crm is not deployed"));
        metamodel = unit.getMetamodel(unit.getPersistenceUnitInfo().getClassLoader());
        em = JpaHelper.createEntityManagerFactory((Server) unit.getSession()).createEntityManager();
    }

    @PreDestroy
    void close() {
        em.close();
    }

    public List<String> entityNames() {
        return metamodel.getEntities().stream().map(EntityType::getName).sorted().toList();
    }

    public long count(String entity) {
        em.clear();
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }

    /** Loads up to {@code max} rows and reads each attribute of each, collections (lazy ones too) element by element. */
    public int readEveryAttribute(String entity, int max) {
        em.clear();
        EntityType<?> type = entityType(entity);
        List<?> rows = em.createQuery("select e from " + entity + " e", type.getJavaType()).setMaxResults(max).getResultList();
        for (Object row : rows) {
            touch(type, row);
        }
        return rows.size();
    }

    /**
     * The attribute paths of an entity that a query can select on their own: {@code name} for a basic or to-one
     * attribute, {@code embedded.name} for the parts of an embedded one, {@code *name} for a collection.
     */
    public List<String> attributePaths(String entity) {
        List<String> paths = new ArrayList<>();
        for (Attribute<?, ?> attribute : entityType(entity).getAttributes()) {
            if (attribute.isCollection()) {
                paths.add("*" + attribute.getName());
            } else if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                EmbeddableType<?> embeddable = metamodel.embeddable(attribute.getJavaType());
                embeddable.getAttributes().forEach(part -> paths.add(attribute.getName() + "." + part.getName()));
            } else {
                paths.add(attribute.getName());
            }
        }
        return paths.stream().sorted().toList();
    }

    /** Selects one attribute path of {@link #attributePaths} on its own, so that its column is named in the statement. */
    public int select(String entity, String path, int max) {
        em.clear();
        String query = path.startsWith("*")
                ? "select x from " + entity + " e join e." + path.substring(1) + " x"
                : "select e." + path + " from " + entity + " e";
        return em.createQuery(query).setMaxResults(max).getResultList().size();
    }

    /** Every entity's tables, and per attribute the columns it reads and writes, sorted, in lower case. */
    public List<String> mapping() {
        Session session = em.unwrap(Session.class);
        List<String> lines = new ArrayList<>();
        session.getDescriptors().values().stream()
                .filter(d -> !d.isAggregateDescriptor() && !d.isAggregateCollectionDescriptor())
                .sorted(Comparator.comparing(ClassDescriptor::getJavaClassName))
                .forEach(d -> describe(d, lines));
        return lines.stream().map(line -> line.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The columns the mapping declares {@code nullable = false} (schema-generation metadata only) that the schema lets
     * be null, as {@code table.column}.
     */
    public List<String> notNullOnlyInTheMapping() {
        em.clear();
        Session session = em.unwrap(Session.class);
        List<String> nullable = new ArrayList<>();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor() || descriptor.isAggregateCollectionDescriptor()) {
                continue;
            }
            for (DatabaseField field : descriptor.getFields()) {
                if (!field.isNullable() && !notNullInSchema(field.getTableName(), field.getName())) {
                    nullable.add(field.getQualifiedName());
                }
            }
        }
        return nullable;
    }

    private boolean notNullInSchema(String table, String column) {
        return !em.createNativeQuery("select 1 from information_schema.columns where table_schema = 'public' "
                        + "and table_name = lower(?) and column_name = lower(?) and is_nullable = 'NO'")
                .setParameter(1, table).setParameter(2, column).getResultList().isEmpty();
    }

    private void describe(ClassDescriptor descriptor, List<String> lines) {
        String entity = descriptor.getJavaClass().getSimpleName();
        lines.add(entity + " tables " + descriptor.getTableNames());
        lines.add(entity + " primary key " + descriptor.getPrimaryKeyFieldNames()
                + " sequence " + name(descriptor.getSequenceNumberField()));
        if (descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy version) {
            lines.add(entity + " version " + version.getWriteLockFieldName());
        }
        descriptor.getMappings().stream()
                .sorted(Comparator.comparing(DatabaseMapping::getAttributeName))
                .forEach(mapping -> describe(entity + "." + mapping.getAttributeName(), mapping, lines));
    }

    private void describe(String path, DatabaseMapping mapping, List<String> lines) {
        lines.add(path + " " + mapping.getClass().getSimpleName() + " " + fields(mapping.getFields())
                + (mapping.isReadOnly() ? " read-only" : ""));
        if (mapping instanceof AbstractDirectMapping direct) {
            lines.add(path + " converter " + converter(direct.getConverter()));
        }
        if (mapping instanceof CollectionMapping collection && collection.getListOrderField() != null) {
            lines.add(path + " order " + fields(List.of(collection.getListOrderField())));
        }
        if (mapping instanceof DirectCollectionMapping collection) {
            lines.add(path + " table " + collection.getReferenceTableName() + " keys "
                    + fields(collection.getReferenceKeyFields()) + " -> " + fields(collection.getSourceKeyFields())
                    + " value " + fields(List.of(collection.getDirectField()))
                    + " converter " + converter(collection.getValueConverter()));
        } else if (mapping instanceof AggregateCollectionMapping collection) {
            lines.add(path + " table " + collection.getReferenceDescriptor().getTableNames() + " keys "
                    + fields(collection.getTargetForeignKeyFields()) + " -> " + fields(collection.getSourceKeyFields()));
            collection.getReferenceDescriptor().getMappings().stream()
                    .sorted(Comparator.comparing(DatabaseMapping::getAttributeName))
                    .forEach(part -> describe(path + "." + part.getAttributeName(), part, lines));
        } else if (mapping instanceof AggregateObjectMapping embedded) {
            embedded.getReferenceDescriptor().getMappings().stream()
                    .sorted(Comparator.comparing(DatabaseMapping::getAttributeName))
                    .forEach(part -> describe(path + "." + part.getAttributeName(), part, lines));
        } else if (mapping instanceof OneToManyMapping many) {
            lines.add(path + " keys " + fields(many.getTargetForeignKeyFields()) + " -> " + fields(many.getSourceKeyFields()));
        } else if (mapping instanceof OneToOneMapping one) {
            lines.add(path + " keys " + one.getSourceToTargetKeyFields().entrySet().stream()
                    .map(key -> (name(key.getKey()) + " -> " + name(key.getValue())).toLowerCase(Locale.ROOT)).sorted().toList());
        }
    }

    private static String fields(Collection<DatabaseField> fields) {
        return fields.stream().map(MappedRows::field).map(field -> field.toLowerCase(Locale.ROOT)).sorted()
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String field(DatabaseField field) {
        return name(field) + (field.isInsertable() ? "" : " not-insertable") + (field.isUpdatable() ? "" : " not-updatable")
                + " " + (field.getType() == null ? "-" : field.getType().getSimpleName());
    }

    private static String name(DatabaseField field) {
        return field == null ? "-" : field.getQualifiedName();
    }

    private static String converter(Converter converter) {
        if (converter == null) {
            return "none";
        }
        if (converter instanceof EnumTypeConverter enums) {
            Map<?, ?> values = enums.getFieldToAttributeValues();
            return "enum " + enums.getEnumClassName() + " by "
                    + values.keySet().stream().map(key -> key.getClass().getSimpleName()).distinct().toList();
        }
        return converter.getClass().getName();
    }

    private EntityType<?> entityType(String entity) {
        return metamodel.getEntities().stream().filter(type -> type.getName().equals(entity)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(entity));
    }

    private void touch(ManagedType<?> type, Object value) {
        if (value == null) {
            return;
        }
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            Object part = read(attribute.getJavaMember(), value);
            if (part == null) {
                continue;
            }
            if (attribute instanceof PluralAttribute<?, ?, ?> plural) {
                Collection<?> elements = part instanceof Map<?, ?> map ? map.values() : (Collection<?>) part;
                for (Object element : elements) {
                    if (plural.getElementType() instanceof EmbeddableType<?> embeddable) {
                        touch(embeddable, element);
                    }
                }
            } else if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                touch(metamodel.embeddable(attribute.getJavaType()), part);
            } else {
                part.toString();
            }
        }
    }

    private static Object read(Member member, Object owner) {
        try {
            if (member instanceof Field field) {
                field.setAccessible(true);
                return field.get(owner);
            }
            Method getter = (Method) member;
            getter.setAccessible(true);
            return getter.invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(member.toString(), e);
        }
    }
}
