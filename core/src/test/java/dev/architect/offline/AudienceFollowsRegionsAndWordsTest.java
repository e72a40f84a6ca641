package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.figures.Workload;
import dev.architect.offline.internal.rules.FactSheet;
import dev.architect.request.Audience;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How widely the users are spread follows what the request says: stated regions on two or more continents, or words
 * such as "anywhere" or "worldwide" (whole words, not in a negated clause), mean users on several continents, and the
 * caching decision puts a CDN at the edge for them. Only where nothing speaks is one region assumed.
 */
class AudienceFollowsRegionsAndWordsTest {

    private static ConsultationRequest request(String description, List<String> goals, List<String> regions) {
        return ConsultationRequest.builder("Tunecast", description).capabilities("episodes", "feeds")
                .goals(goals.toArray(String[]::new))
                .load(new Load(2000.0, 200.0, 1_000_000L, null)).deployment(new Deployment(Cloud.AWS, regions)).build();
    }

    private static boolean assumed(Workload w) {
        return w.assumptions().stream().anyMatch(a -> a.id().equals("as-load-audience"));
    }

    @Test
    void aGoalServedAnywhereMeansUsersOnSeveralContinentsAndNoAssumption() {
        ConsultationRequest r = request("Audio shows for listeners", List.of("feeds served under 200 ms anywhere"), List.of("us-east-1"));
        Workload w = Workload.of(r);
        assertThat(w.audience()).isEqualTo(Audience.GLOBAL);
        assertThat(assumed(w)).isFalse();
        assertThat(FactSheet.audienceEvidence(r, w)).contains("the request's word \"anywhere\"");
    }

    @Test
    void regionsOnTwoContinentsMeanUsersOnSeveralContinentsAndTheCachingDecisionPutsACdnAtTheEdge() {
        ConsultationRequest r = request("Audio shows for listeners", List.of(), List.of("us-east-1", "eu-west-1"));
        Workload w = Workload.of(r);
        assertThat(w.audience()).isEqualTo(Audience.GLOBAL);
        assertThat(assumed(w)).isFalse();
        assertThat(FactSheet.audienceEvidence(r, w)).contains("deployment.regions us-east-1 and eu-west-1, in North America and Europe");
        Consultation c = OfflineArchitect.create().consult(r);
        assertThat(DossierValidator.validate(c, r).hasErrors()).as("validator").isFalse();
        assertThat(c.requirements().assumptions()).noneMatch(a -> a.id().equals("as-load-audience"));
        Decision caching = c.decision(DecisionTopic.CACHING).orElseThrow();
        assertThat(caching.chosenOption()).contains("CloudFront");
        assertThat(caching.drivers()).anyMatch(d -> d.contains("global audience: yes")
                && d.contains("deployment.regions us-east-1 and eu-west-1, in North America and Europe"));
    }

    @Test
    void regionsInTwoJurisdictionsOfOneContinentSayNothingSoOneRegionIsAssumed() {
        // London (UK GDPR) and Frankfurt (EU GDPR) are two jurisdictions, one continent; Virginia and Montreal likewise
        for (List<String> regions : List.of(List.of("eu-west-2", "eu-central-1"), List.of("us-east-1", "ca-central-1"))) {
            Workload w = Workload.of(request("Audio shows for listeners", List.of(), regions));
            assertThat(w.audience()).as("%s", regions).isEqualTo(Audience.REGIONAL);
            assertThat(assumed(w)).as("%s", regions).isTrue();
        }
    }

    @Test
    void aNegatedWordSaysNothingAndAWholeWordIsNeeded() {
        // "not international" is negated; "globalisation" and "worldwideweb" are other words
        Workload negated = Workload.of(request("Audio shows for one city; the service is not international", List.of(), List.of("us-east-1")));
        assertThat(negated.audience()).isEqualTo(Audience.REGIONAL);
        assertThat(assumed(negated)).isTrue();
        Workload partOfAWord = Workload.of(request("A blog about globalisation on the worldwideweb", List.of(), List.of("us-east-1")));
        assertThat(partOfAWord.audience()).isEqualTo(Audience.REGIONAL);
        assertThat(assumed(partOfAWord)).isTrue();
    }

    @Test
    void aStatedAudienceIsKeptWhateverTheRegions() {
        ConsultationRequest r = ConsultationRequest.builder("Tunecast", "Audio shows for listeners").capabilities("episodes", "feeds")
                .load(new Load(2000.0, 200.0, 1_000_000L, Audience.REGIONAL))
                .deployment(new Deployment(Cloud.AWS, List.of("us-east-1", "eu-west-1"))).build();
        Workload w = Workload.of(r);
        assertThat(w.audience()).isEqualTo(Audience.REGIONAL);
        assertThat(FactSheet.audienceEvidence(r, w)).contains("load.audience");
    }
}
