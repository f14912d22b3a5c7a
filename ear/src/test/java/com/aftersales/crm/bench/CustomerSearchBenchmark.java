package com.aftersales.crm.bench;

import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.customer.control.CustomerSearch;
import com.aftersales.crm.customer.control.Scope;
import com.aftersales.crm.customer.control.SearchQuery;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's speed bar, measured at the service layer inside the server: with 1,000,000 customers and 1,500,000
 * installations, search by phone suffix and by name prefix p95 ≤ 50 ms (count + first page, as the portal asks),
 * customer 360 p95 ≤ 100 ms. The generator is set-based SQL on a fresh database ({@link Bench}); its own speed is
 * noted too. Each repetition: 300 calls of each, new random phone digits, name prefixes and customers; each search also
 * through plain JDBC (the same two statements, no JPA, no mapping, no security) as its baseline, call by call.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerSearchBenchmark {

    private static final int CUSTOMERS = Integer.getInteger("crm.bench.customers", 1_000_000);
    private static final int INSTALLATIONS = Integer.getInteger("crm.bench.installations", 1_500_000);
    private static final int SAMPLES = 300;
    private static final int WARM_UP = 50;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CustomerSearchBenchmark.class.getPackage());
    }

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    @Inject
    Customers customers;

    @Inject
    Installations installations;

    @Test
    void searchAndCustomer360AtAMillionCustomers() throws Exception {
        Bench bench = Bench.start("customers", "search by phone suffix and name prefix, the customer 360", dataSource);
        generate(bench);
        bench.target("search by phone suffix p95", 50).target("search by name prefix p95", 50)
                .target("customer 360 p95", 100)
                .latencyBaseline("search by phone suffix", "JDBC: search by phone suffix")
                .latencyBaseline("search by name prefix", "JDBC: search by name prefix");
        Subject agent = new Subject.Builder(new DefaultSecurityManager())
                .principals(new SimplePrincipalCollection(new UserPrincipal(-1, "bench", "bench", java.util.Set.of(Role.AGENT),
                        null, null, "zh_CN"), "bench"))
                .authenticated(true).sessionCreationEnabled(false).buildSubject();
        Random random = new Random(2026);
        bench.measure(repetition -> {
            int calls = repetition.warmUp() ? WARM_UP : SAMPLES;
            // new random customers and name prefixes for every repetition
            List<Long> withInstallations = ids("select customer_id from installation_archive tablesample system (1) "
                    + "where created_by = 'bench' order by random() limit " + calls);
            List<String> names = strings("select left(name, 2) from customer tablesample system (1) where id > 300 "
                    + "order by random() limit " + calls);
            Bench.Latency suffix = repetition.latency("search by phone suffix");
            Bench.Latency prefix = repetition.latency("search by name prefix");
            Bench.Latency view = repetition.latency("customer 360");
            agent.execute(() -> {
                for (int i = 0; i < calls; i++) {
                    String digits = String.format("%04d", random.nextInt(10_000));
                    String name = names.get(i % names.size());
                    long id = withInstallations.get(i % withInstallations.size());
                    assertThat(suffix.time(() -> customers.count(digits) + customers.search(digits, 0, 20, "name", true).size()))
                            .isPositive();
                    jdbc(repetition.latency("JDBC: search by phone suffix"), digits);
                    prefix.time(() -> customers.count(name) + customers.search(name, 0, 20, "name", true).size());
                    jdbc(repetition.latency("JDBC: search by name prefix"), name);
                    assertThat(view.time(() -> installations.view360(id)).installations()).isNotEmpty();
                }
                return null;
            });
        });
        bench.finish();
    }

    /** The baseline: the search's two statements (the very text the service runs) through plain JDBC. */
    private void jdbc(Bench.Latency latency, String text) throws Exception {
        SearchQuery query = SearchQuery.of(text);
        Scope everyone = Scope.everything();
        latency.time(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return CaseListBenchmark.jdbc(connection, CustomerSearch.countStatement(query, everyone, Customers.COUNT_CAP + 1))
                        + CaseListBenchmark.jdbc(connection, CustomerSearch.searchStatement(query, everyone, 0, 20, "name", true));
            }
        });
    }

    /** Set-based generation straight into PostgreSQL; notes rows per second. */
    private void generate(Bench bench) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            long start = System.nanoTime();
            sql.execute("""
                    insert into customer (name, customer_class, region_code, street, suburban, dealer_id, created_at)
                    select (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','林','高','罗',
                                  '郑','梁','谢','宋','唐','许','韩','冯','邓','曹'])[1 + g % 30]
                           || (array['秀英','桂英','志强','建华','丽娟','海燕','俊杰','晓明','文静','国庆','雪梅','春生','玉兰',
                                     '子涵','浩然','欣怡','宇轩','梓萱','建军','红梅','丹','勇','敏','静','磊','洋','艳','杰',
                                     '娜','涛','鹏','霞','平','刚','桂兰','明','超','秀兰','霞','军'])[1 + (g / 30) % 40]
                           || case when g % 3 = 0 then '' else chr(19968 + (g * 7) % 20000) end,
                           (array['POTENTIAL','NEW','REGULAR','VIP'])[1 + g % 4],
                           d.code,
                           (array['人民路','中山路','解放路','建设路','和平街','文化路','新华路','长江路'])[1 + g % 8] || (g % 999 + 1) || '号',
                           d.suburban, 1 + g % 7, now() - make_interval(days => g % 3000)
                    from generate_series(1, @N@) g
                    join (select code, suburban, row_number() over (order by code) - 1 as n, count(*) over () as total
                          from region where kind = 'DISTRICT') d on d.n = g % d.total
                    """.replace("@N@", Integer.toString(CUSTOMERS)));
            long customersDone = System.nanoTime();
            sql.execute("""
                    insert into customer_phone (customer_id, number, position)
                    select c.id, '1' || (array['3','5','8','9'])[1 + c.id % 4] || lpad(((c.id * 104729 + 7) % 1000000000)::text, 9, '0'), 0
                    from customer c where c.id > 300
                    """);
            sql.execute("""
                    insert into customer_phone (customer_id, number, position)
                    select c.id, '0571' || lpad((20000000 + (c.id * 7919) % 70000000)::text, 8, '0'), 1
                    from customer c where c.id > 300 and c.id % 3 = 0
                    """);
            long phonesDone = System.nanoTime();
            sql.execute("""
                    insert into installation_archive (customer_id, dealer_id, provider_id, installation_method, installed_on,
                                                      accepted_on, warranty_card_no, free_period_policy_id, card_rule_policy_id,
                                                      created_by, created_at)
                    select m.min_id + (g::bigint * 7919) % m.n, 1 + g % 7, 1 + g % 6, (array['FLOATING','JOIST','GLUE_DOWN'])[1 + g % 3],
                           current_date - (g % 2000), current_date - (g % 2000) + 3, 'BXB' || lpad(g::text, 9, '0'),
                           (select id from policy_value where policy_key = 'warranty.free-period' order by id limit 1),
                           (select id from policy_value where policy_key = 'warranty.card-required-from' order by id limit 1),
                           'bench', now()
                    from generate_series(1, @N@) g
                    cross join (select min(id) as min_id, count(*) as n from customer where id > 300) m
                    """.replace("@N@", Integer.toString(INSTALLATIONS)));
            sql.execute("""
                    insert into installation_line (installation_id, line_no, product_id, quantity_m2, unit_price)
                    select i.id, 0, p.min_id + i.id % p.n, 20 + i.id % 100, 298
                    from installation_archive i cross join (select min(id) as min_id, count(*) as n from product) p
                    where i.created_by = 'bench'
                    """);
            long installationsDone = System.nanoTime();
            sql.execute("vacuum analyze");
            long analysed = System.nanoTime();
            long phones = count(sql, "select count(*) from customer_phone");
            bench.note(String.format("generator: %,d customers in %.1f s (%,.0f rows/s); %,d phones in %.1f s; "
                            + "%,d installations + lines in %.1f s (%,.0f installations/s); vacuum analyze %.1f s",
                    CUSTOMERS, seconds(start, customersDone), CUSTOMERS / seconds(start, customersDone),
                    phones, seconds(customersDone, phonesDone), INSTALLATIONS, seconds(phonesDone, installationsDone),
                    INSTALLATIONS / seconds(phonesDone, installationsDone), seconds(installationsDone, analysed)));
            bench.size("customers", count(sql, "select count(*) from customer")).size("phones", phones)
                    .size("installations", count(sql, "select count(*) from installation_archive"));
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<Long> ids(String query) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        return ids;
    }

    private List<String> strings(String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
