package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.dossier.ContainerKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** clients.yaml is read like the other design files: typed, checked at load, and a bad entry named in the error. */
class ClientsFileTest {

    private static String standardText() throws IOException {
        try (InputStream in = Clients.class.getResourceAsStream(Clients.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Clients read(String text) {
        return Clients.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "custom.yaml");
    }

    @Test
    void theStandardFileBindsEveryClientAndThePushServices() throws IOException {
        Clients c = read(standardText());

        assertThat(c.clients()).extracting(Clients.Kind::id).containsExactly("mobile-app", "handheld-app", "kiosk-app", "desktop-app");
        assertThat(c.clients().get(0).kind()).isEqualTo(ContainerKind.MOBILE_APP);
        assertThat(c.pushServices().phrases()).contains("apns", "fcm");
        assertThat(Clients.standard().pushServices().name()).isEqualTo("Push notification services");
    }

    @Test
    void aContainerKindOutsideItsVocabularyFailsAtLoadNamingTheEntry() throws IOException {
        String text = standardText().replaceFirst("kind: MOBILE_APP", "kind: PHONE_APP");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class).hasMessageContaining("custom.yaml")
                .hasMessageContaining("clients.[0].kind").hasMessageContaining("PHONE_APP");
    }

    @Test
    void aClientDefinedTwiceFailsAtLoadNamingIt() throws IOException {
        String text = standardText().replaceFirst("id: handheld-app", "id: mobile-app");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class).hasMessageContaining("custom.yaml")
                .hasMessageContaining("client 'mobile-app' is defined twice");
    }

    @Test
    void aStatedTechnologyWithoutPhrasesFailsAtLoadNamingWhere() throws IOException {
        String text = standardText().replaceFirst("\\{phrases: \\[react native], ", "{phrases: [], ");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class).hasMessageContaining("custom.yaml")
                .hasMessageContaining("clients.[0].stated.[0]").hasMessageContaining("needs phrases");
    }

    @Test
    void aClientWithoutATechnologyFailsAtLoadNamingIt() throws IOException {
        String text = standardText().replaceFirst("\n    technology: \"Single-page app in a locked-down kiosk browser\"", "");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("client 'kiosk-app': technology is missing");
    }

    @Test
    void pushServicesWithoutTheirWordsFailAtLoad() throws IOException {
        String text = standardText().replaceFirst("phrases: \\[push, apns, fcm, firebase]", "phrases: []");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class).hasMessageContaining("custom.yaml")
                .hasMessageContaining("pushServices: phrases are missing");
    }
}
