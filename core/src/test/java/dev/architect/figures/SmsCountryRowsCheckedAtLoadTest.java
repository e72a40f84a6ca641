package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.Cloud;
import org.junit.jupiter.api.Test;

/** The SMS rows by destination country (prices.yaml vendorUsage SMS byCountry, elsewhere) are priced kinds, checked at load. */
class SmsCountryRowsCheckedAtLoadTest {

    private static String shipped() throws Exception {
        return RegionalPricesFollowEachProductTest.shipped();
    }

    private static String copy(String name, String text) throws Exception {
        return RegionalPricesFollowEachProductTest.copy(name, text);
    }

    @Test
    void everyCountryTheTaskNamesHasARowPricedOnEveryPublicCloud() {
        VendorUsage sms = PriceTable.standard().vendorUsage("SMS").orElseThrow();
        for (String country : java.util.List.of("US", "GB", "DE", "FR", "NL", "IE", "ES", "IT", "NO", "SE", "DK", "IN", "BR", "AU", "CA", "JP")) {
            assertThat(sms.byCountry()).as(country).containsKey(country);
            for (Cloud cloud : java.util.List.of(Cloud.AWS, Cloud.AZURE, Cloud.GCP)) {
                assertThat(PriceTable.standard().price(cloud, sms.byCountry().get(country))).as(country + " on " + cloud).isPresent();
            }
        }
        assertThat(PriceTable.standard().price(Cloud.AWS, sms.elsewhere())).isPresent();
    }

    @Test
    void aCountryRowNamingAKindWithoutAPriceFailsAtLoadNamingIt() throws Exception {
        String bad = shipped().replace("DE: vendor.sms-segment.de,", "DE: vendor.sms-segment.deu,");
        assertThat(bad).isNotEqualTo(shipped());
        assertThatThrownBy(() -> PriceTable.load(copy("bad-sms-country.yaml", bad)))
                .hasMessageContaining("vendorUsage of SMS country kind 'vendor.sms-segment.deu' has no price on");
    }

    @Test
    void countryRowsWithoutAnElsewherePriceFailAtLoad() throws Exception {
        String bad = shipped().replace(",\n        elsewhere: vendor.sms-segment.other,", ",");
        assertThat(bad).isNotEqualTo(shipped());
        assertThatThrownBy(() -> PriceTable.load(copy("bad-sms-elsewhere.yaml", bad)))
                .hasMessageContaining("vendorUsage of SMS").hasMessageContaining("byCountry needs an elsewhere kind");
    }
}
