package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** mobile-push.yaml is checked as it is read: an unknown key or a missing count fails naming the file. */
class MobilePushFileTest {

    @Test
    void theShippedFileCountsNotificationsPerMonthlyUserWithItsBasis() {
        assertThat(MobilePush.standard().perUserMonth()).isEqualTo(4.0);
        assertThat(MobilePush.standard().basis()).contains("background");
    }

    @Test
    void anUnknownKeyOrAMissingCountFailsNamingTheFile() {
        assertThatThrownBy(() -> MobilePush.read(in("perUserMonth: 4\nbasis: why\npushesPerUser: 3\n"), "mobile-push.yaml"))
                .hasMessageContaining("mobile-push.yaml").hasMessageContaining("pushesPerUser");
        assertThatThrownBy(() -> MobilePush.read(in("basis: why\n"), "mobile-push.yaml"))
                .hasMessage("mobile-push.yaml: perUserMonth must be a positive number");
    }

    private static ByteArrayInputStream in(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
