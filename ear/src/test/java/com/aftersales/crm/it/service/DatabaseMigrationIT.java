package com.aftersales.crm.it.service;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import jakarta.inject.Inject;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ArquillianExtension.class)
class DatabaseMigrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(DatabaseMigrationIT.class.getPackage());
    }

    @Inject
    Sql sql;

    @Test
    void schemaComesFromFlywayMigrationsOnly() {
        // A baseline (version 0) may precede the first migration: Payara creates its timer table before Flyway runs.
        List<Object[]> applied = sql.rows("select version, success from flyway_schema_history "
                + "where version is not null and type <> 'BASELINE' order by installed_rank");
        assertThat(applied).isNotEmpty().allSatisfy(row -> assertThat((Boolean) row[1]).isTrue());
        assertThat(applied.get(0)[0]).isEqualTo("1");
        // EclipseLink generates nothing: no SEQUENCE table, no table outside the migrations.
        assertThat(sql.count("select count(*) from information_schema.tables where table_schema = 'public' and lower(table_name) = 'sequence'"))
                .isZero();
    }

    @Test
    void demoDataHasOneUserPerRoleAndARealisticNetwork() {
        List<Object> roles = sql.rows("select distinct role from app_user_role").stream().map(row -> row[0]).toList();
        assertThat(roles).containsExactlyInAnyOrder("AGENT", "SUPERVISOR", "INFO_OFFICER", "DEALER", "PROVIDER", "MANAGER", "ADMIN");
        assertThat(sql.count("select count(*) from technician")).isPositive();
        // the demo's customers (registered by its dealers, D-…) each have a mainland mobile; other tests add their own
        String demoCustomers = "from customer c join dealer d on d.id = c.dealer_id where d.code like 'D-%'";
        long customers = sql.count("select count(*) " + demoCustomers);
        assertThat(customers).isGreaterThanOrEqualTo(100);
        assertThat(sql.count("select count(*) " + demoCustomers + " and exists (select 1 from customer_phone p "
                + "where p.customer_id = c.id and p.number ~ '^1[3-9][0-9]{9}$')")).isEqualTo(customers);
    }

    @Test
    void thePoliciesInMegabytesAndPhotosSayItInsteadOfCountingTimes() {
        assertThat(sql.count("select count(*) from policy_value where policy_key = 'archive-submission.max-mb' and unit <> 'MEGABYTES'")).isZero();
        assertThat(sql.count("select count(*) from policy_value where policy_key = 'quality-complaint.min-photos' and unit <> 'PHOTOS'")).isZero();
        assertThat(sql.count("select count(*) from policy_value where policy_key in ('archive-submission.max-mb', "
                + "'quality-complaint.min-photos')")).isPositive();
    }

    @Test
    void serverRunsOnChinaStandardTime() {
        assertThat(java.util.TimeZone.getDefault().getID()).isEqualTo("Asia/Shanghai");
        assertThat(System.getProperty("file.encoding")).isEqualTo("UTF-8");
    }
}
