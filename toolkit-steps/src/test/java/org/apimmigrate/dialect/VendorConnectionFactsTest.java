package org.apimmigrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.ConnectionFacts.DriverSettings;
import org.apimmigrate.api.dialect.ConnectionFacts.UrlPrefix;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.junit.jupiter.api.Test;

/** Every vendor states its connection facts, and every JDBC URL and deployment.toml type has one vendor. */
class VendorConnectionFactsTest {

    @Test
    void noTwoVendorsClaimOnePrefixOrTypeAtOnePriority() {
        assertThat(Vendors.all()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Vendors.ambiguousUrlPrefixes()).isEmpty();
    }

    @Test
    void everyVendorClaimsItsOwnPrefixesAndTypes() {
        for (Vendor v : Vendors.all()) {
            ConnectionFacts facts = v.connection();
            assertThat(facts.driverClass()).as(v.id()).isNotBlank();
            assertThat(facts.validationQuery()).as(v.id()).startsWithIgnoringCase("SELECT ");
            assertThat(facts.builtIn()).as(v.id()).isEqualTo(facts.driverJars().isEmpty());
            for (UrlPrefix p : facts.urlPrefixes()) {
                assertThat(p.prefix()).as(v.id()).startsWith("jdbc:").endsWith(":");
                assertThat(Vendors.forUrl(p.prefix() + "//host/db")).as(p.prefix()).contains(v);
                assertThat(v.recognizer().acceptsUrl(p.prefix().toUpperCase() + "x")).as(p.prefix()).isTrue();
            }
            facts.tomlTypes().forEach(t -> assertThat(Vendors.forTomlType(" " + t.toUpperCase() + " ")).contains(v));
        }
        assertThat(Vendors.forUrl("jdbc:nosuch://host/db")).isEmpty();
        assertThat(Vendors.forUrl(null)).isEmpty();
        assertThat(Vendors.forTomlType("nosuch")).isEmpty();
    }

    @Test
    void exactlyOneVendorSpeaksTheCanonicalVocabulary() {
        assertThat(Vendors.all().stream().filter(Vendor::canonicalVocabulary)).hasSize(1);
    }

    @Test
    void overlappingPrefixesResolveByPriorityThenLength() {
        Vendor general = vendor("general", new UrlPrefix("jdbc:x:", UrlPrefix.OWN));
        Vendor special = vendor("special", new UrlPrefix("jdbc:x:special:", UrlPrefix.OWN));
        Vendor overriding = vendor("overriding", new UrlPrefix("jdbc:x:", UrlPrefix.OWN + 1));

        assertThat(Vendors.forUrl("jdbc:x:special://h", List.of(general, special))).contains(special);
        assertThat(Vendors.forUrl("jdbc:x:special://h", List.of(special, general))).contains(special);
        assertThat(Vendors.forUrl("jdbc:x://h", List.of(special, general))).contains(general);
        assertThat(Vendors.forUrl("jdbc:x:special://h", List.of(general, special, overriding))).contains(overriding);
        assertThat(Vendors.forUrl("jdbc:x:special://h", List.of(overriding, special, general))).contains(overriding);
        assertThat(Vendors.ambiguousUrlPrefixes(List.of(general, special, overriding))).isEmpty();
    }

    @Test
    void theSamePrefixAtTheSamePriorityIsReported() {
        Vendor one = vendor("one", UrlPrefix.own("jdbc:x:"));
        Vendor other = vendor("other", UrlPrefix.own("jdbc:x:"));
        assertThat(Vendors.ambiguousUrlPrefixes(List.of(one, other))).containsExactly("jdbc:x:@100: one, other");
    }

    /** A vendor with nothing but an id and connection facts. */
    private static Vendor vendor(String id, UrlPrefix prefix) {
        ConnectionFacts facts = new ConnectionFacts(List.of(id + "-type"), "x.Driver", "SELECT 1",
                DriverSettings.NOT_NEEDED, List.of("x.jar"), List.of(prefix), false);
        return (Vendor) Proxy.newProxyInstance(Vendor.class.getClassLoader(), new Class<?>[] {Vendor.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "id", "toString" -> id;
                    case "connection" -> facts;
                    case "hashCode" -> id.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
