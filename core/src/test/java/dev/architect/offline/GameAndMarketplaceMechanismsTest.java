package dev.architect.offline;

import static dev.architect.dossier.DecisionTopic.AUCTION_BIDDING;
import static dev.architect.dossier.DecisionTopic.LEADERBOARD;
import static dev.architect.dossier.DecisionTopic.MATCHMAKING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Auctions, matchmaking, leaderboards and virtual currency bought in app stores, each designed as its mechanism: requests
 * written for them (a classic-car auction house, a reverse-auction load board, a ranked arena shooter, online chess, kart
 * racing boards, an office step challenge, a puzzle game selling gems), each with the archetype it must recognise and the
 * containers, tables, invariants, operations, flows and decision (with the option its figures and cloud choose) its
 * dossier must hold; and requests where the same words mean something else (sealed tenders and a three-way match, coin
 * collectors, a matchmaking agency, an ad exchange's real-time bidding) that must design none of them.
 */
class GameAndMarketplaceMechanismsTest {

    record Expected(String request, Set<String> archetypes, List<String> containers, List<String> absentContainers, List<String> entities,
                    List<String> constraints, List<String> operations, List<String> flows, Map<DecisionTopic, String> chosen) {

        @Override
        public String toString() {
            return request;
        }
    }

    static Stream<Expected> table() {
        return Stream.of(
                // 900 requests/s at 6 reads per write is about 129 bids/s at peak: a conditional update of the auction row takes
                // that (the in-memory bid book pays off from 2,000/s), so no bid book is drawn and the closer runs on a schedule.
                new Expected("classic-car-auctions", Set.of("auction-bidding"), List.of("auction-closer"), List.of("bid-book"),
                        List.of("auction", "bid", "auction_result", "outbox_event"),
                        List.of("auction:ONE_OF", "auction:AT_MOST", "auction:ORDERED", "auction:POSITIVE", "bid:APPEND_ONLY", "bid:POSITIVE",
                                "auction_result:APPEND_ONLY", "auction_result:ONE_OF"),
                        List.of("createAuction", "getAuction", "placeBid", "listBids", "getAuctionResult"),
                        List.of("seq-place-bid", "seq-close-auction"), Map.of(AUCTION_BIDDING, "Compare-and-set on the auction row")),
                // 12,000 requests/s at 2 reads per write is 4,000 bids/s: the best bid moves to an atomic script in Memorystore.
                new Expected("freight-load-board", Set.of("auction-bidding"), List.of("bid-book", "auction-closer"), List.of(),
                        List.of("auction", "bid", "auction_result"),
                        List.of("auction:ONE_OF", "bid:APPEND_ONLY"),
                        List.of("placeBid", "listBids", "getAuctionResult"),
                        List.of("seq-place-bid-in-memory", "seq-close-auction"), Map.of(AUCTION_BIDDING, "Memorystore for Valkey (bid-placing function)")),
                // Sponsorship slots of podcasts sold in timed auctions at 50 requests/s: the database row holds the best bid.
                new Expected("sponsor-slot-auctions", Set.of("auction-bidding"), List.of("auction-closer"), List.of("bid-book"),
                        List.of("auction", "bid", "auction_result"),
                        List.of("auction:AT_MOST", "bid:APPEND_ONLY", "auction_result:APPEND_ONLY"),
                        List.of("createAuction", "placeBid", "listBids"),
                        List.of("seq-place-bid", "seq-close-auction"), Map.of(AUCTION_BIDDING, "Compare-and-set on the auction row")),
                // A team of 9 on AWS: the managed matchmaker fits (Open Match pays off from 12 people, an own service below 8).
                new Expected("arena-shooter", Set.of("matchmaking"), List.of("matchmaker", "game-server-fleet"), List.of(),
                        List.of("match_ticket", "game_match", "match_player", "game_session"),
                        List.of("match_ticket:ONE_OF", "match_ticket:NOT_NEGATIVE", "match_ticket:ORDERED", "game_match:ONE_OF", "game_session:ORDERED"),
                        List.of("createMatchTicket", "getMatchTicket", "cancelMatchTicket", "listPlayedMatches"),
                        List.of("seq-find-match"), Map.of(MATCHMAKING, "Amazon GameLift FlexMatch")),
                // Google Cloud has no managed matchmaker: a team of 4 builds its own, and the servers run on Agones on GKE.
                new Expected("chess-club-online", Set.of("matchmaking"), List.of("matchmaker", "game-server-fleet"), List.of(),
                        List.of("match_ticket", "game_match", "match_player", "game_session"),
                        List.of("match_player:NOT_NEGATIVE", "match_ticket:ONE_OF"),
                        List.of("createMatchTicket", "cancelMatchTicket"),
                        List.of("seq-find-match"), Map.of(MATCHMAKING, "Own matchmaking service")),
                // 6,000 requests/s at 20 reads per write is about 5,714 rank reads/s: sorted sets in Azure Cache for Redis.
                new Expected("kart-racing-leaderboards", Set.of("leaderboards"), List.of("leaderboard-store"), List.of(),
                        List.of("leaderboard", "score_submission", "reported_result", "player_best_score", "season_standing"),
                        List.of("leaderboard:ONE_OF", "leaderboard:ORDERED", "score_submission:APPEND_ONLY", "score_submission:ONE_OF",
                                "reported_result:APPEND_ONLY", "season_standing:POSITIVE", "player_best_score:NOT_NEGATIVE"),
                        List.of("reportMatchResult", "submitScore", "listTopScores", "getScoresAroundPlayer", "closeLeaderboardSeason"),
                        List.of("seq-submit-score", "seq-close-season"), Map.of(LEADERBOARD, "Azure Cache for Redis (sorted sets)")),
                // 40 requests/s at 4 reads per write is 32 rank reads/s: ranking queries in the database, no second store.
                new Expected("office-step-challenge", Set.of("leaderboards"), List.of(), List.of("leaderboard-store"),
                        List.of("leaderboard", "score_submission", "player_best_score", "season_standing"),
                        List.of("season_standing:APPEND_ONLY"),
                        List.of("submitScore", "listTopScores", "getScoresAroundPlayer"),
                        List.of("seq-submit-score", "seq-close-season"), Map.of(LEADERBOARD, "Ranking queries over an index in the primary database")),
                // Gems bought in the stores: receipts validated with Apple and Google, a balanced ledger, revocation on refund.
                new Expected("puzzle-gems", Set.of("virtual-currency"), List.of(), List.of(),
                        List.of("currency_product", "store_purchase", "store_notification", "wallet_balance", "item_purchase",
                                "ledger_account", "journal_transaction", "ledger_entry", "outbox_event"),
                        List.of("ledger_entry:BALANCED", "ledger_entry:APPEND_ONLY", "wallet_balance:NOT_NEGATIVE", "wallet_balance:ONE_OF",
                                "store_purchase:ONE_OF", "store_notification:APPEND_ONLY", "item_purchase:POSITIVE", "item_purchase:APPEND_ONLY"),
                        List.of("verifyStorePurchase", "getWallet", "listWalletEntries", "purchaseItem", "receiveStoreNotification"),
                        List.of("seq-credit-store-purchase", "seq-revoke-refunded-purchase", "seq-spend-currency"), Map.of()));
    }

    static Consultation consult(String name) {
        return OfflineArchitect.create().consult(RequestReader.read(Path.of("src", "test", "resources", "archetype-requests", name + ".yaml")));
    }

    static List<String> recognised(Consultation c) {
        return ArchetypeDossiersTest.recognisedArchetypes(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theDossierDesignsTheMechanismTheRequestDescribes(Expected e) {
        Consultation c = consult(e.request());

        assertThat(recognised(c)).as("archetypes").containsAll(e.archetypes());
        List<String> containers = c.c4().containers().stream().map(Container::id).toList();
        assertThat(containers).as("containers").containsAll(e.containers());
        e.absentContainers().forEach(absent -> assertThat(containers).as("left out").doesNotContain(absent));
        ArchetypeDossiersTest.assertDesigns(c, e.entities(), e.constraints(), e.operations(), e.flows());
        e.chosen().forEach((topic, option) -> assertThat(c.decision(topic)).as(topic.name()).hasValueSatisfying(d -> assertThat(d.chosenOption()).contains(option)));

        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void theOtherBidFlowIsLeftOutWhereTheBestBidLivesElsewhere() {
        assertThat(consult("classic-car-auctions").sequences()).extracting(SequenceDiagram::id).doesNotContain("seq-place-bid-in-memory");
        assertThat(consult("freight-load-board").sequences()).extracting(SequenceDiagram::id).doesNotContain("seq-place-bid");
    }

    @Test
    void aBidThatIsOutbidOrLateIsAConflictAndBidsArePagedWithACursor() {
        Consultation c = consult("classic-car-auctions");
        List<ApiOperation> operations = c.apis().stream().flatMap(a -> a.operations().stream()).toList();
        ApiOperation place = operations.stream().filter(o -> o.operationId().equals("placeBid")).findFirst().orElseThrow();
        assertThat(place.responses()).anySatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.description()).contains("Outbid");
        });
        assertThat(place.parameters()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Idempotency-Key"));
        ApiOperation list = operations.stream().filter(o -> o.operationId().equals("listBids")).findFirst().orElseThrow();
        assertThat(list.parameters()).anySatisfy(p -> assertThat(p.name()).isEqualTo("cursor"));
        // "carrier bids" and "awards" of a load board are the auction's bids and results, not open questions.
        Consultation board = consult("freight-load-board");
        assertThat(board.requirements().functional()).filteredOn(f -> f.id().equals("fr-awards")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("auctions and bidding"));
    }

    @Test
    void storeReceiptsAreValidatedWithTheStoresAndAreNotCardPayments() {
        Consultation c = consult("puzzle-gems");

        assertThat(recognised(c)).doesNotContain("payments-ledger", "commerce");
        assertThat(c.apis().stream().flatMap(a -> a.operations().stream()).map(ApiOperation::operationId)).doesNotContain("createPayment", "capturePayment");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("payment", "refund");
        List<dev.architect.dossier.SoftwareSystem> stores = c.c4().systems().stream().filter(dev.architect.dossier.SoftwareSystem::external)
                .filter(x -> x.name().equals("Apple App Store") || x.name().equals("Google Play Billing")).toList();
        assertThat(stores).hasSize(2);
        String apple = stores.stream().filter(x -> x.name().equals("Apple App Store")).findFirst().orElseThrow().id();
        assertThat(c.sequences()).filteredOn(s -> s.id().equals("seq-credit-store-purchase")).singleElement()
                .satisfies(s -> assertThat(s.participants()).contains(apple));
        // "gem purchases", "item shop" and "wallet" are all served by the currency design.
        for (String id : List.of("fr-gem-purchases", "fr-item-shop", "fr-wallet")) {
            assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals(id)).singleElement()
                    .satisfies(f -> assertThat(f.description()).as(id).contains("virtual currency"));
        }
    }

    /**
     * Sealed tenders and a three-way match, coin collectors, a matchmaking agency (with a career ladder and search ranking),
     * and real-time bidding of an ad exchange (a second-price auction in 100 ms, no close, no history): the words are there,
     * the mechanisms are not.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("otherSenses")
    void wordsWithAnotherSenseDesignNoneOfTheseMechanisms(String request) {
        Consultation c = consult(request);

        assertThat(recognised(c)).doesNotContain("auction-bidding", "matchmaking", "leaderboards", "virtual-currency");
        assertThat(c.dataModel().entities()).extracting(Entity::name)
                .doesNotContain("auction", "bid", "match_ticket", "leaderboard", "store_purchase", "wallet_balance");
        assertThat(c.decisions()).extracting(d -> d.topic()).doesNotContain(AUCTION_BIDDING, MATCHMAKING, LEADERBOARD);
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    static Stream<String> otherSenses() {
        return Stream.of("council-tenders", "coin-collectors", "matchmaking-agency", "ad-exchange-rtb");
    }
}
