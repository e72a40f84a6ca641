package dev.architect.deliverables;

import static dev.architect.deliverables.testing.Postgres.databaseFor;
import static dev.architect.deliverables.testing.Postgres.rows;
import static dev.architect.deliverables.testing.Postgres.run;
import static dev.architect.deliverables.testing.Postgres.schemaOfTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.deliverables.testing.DdlRequests;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The invariants of auctions, matchmaking, leaderboards and virtual currency hold on a real PostgreSQL: two bids of
 * one amount never both land and the history is never edited, a close only moves later, a player searches with one ticket
 * at a time, a season's final ranks are unique, a store transaction is credited once and a wallet never goes below zero.
 */
class GameAndMarketplaceDdlOnPostgresTest {

    private static final String PLAYER = "'00000000-0000-0000-0000-0000000000e1'";

    /** The statement fails with the database's own error, naming the constraint's kind. */
    private static void refused(Connection db, String sql, String error) {
        assertThatThrownBy(() -> run(db, sql)).isInstanceOf(SQLException.class).hasMessageContaining(error);
    }

    private static Connection schemaOf(String request) throws Exception {
        return databaseFor(DdlRequests.ARCHETYPES.resolve(request + ".yaml"));
    }

    @Test
    void twoBidsOfOneAmountNeverBothLandTheHistoryIsNeverEditedAndACloseOnlyMovesLater() throws Exception {
        try (Connection db = schemaOf("classic-car-auctions")) {
            String s = schemaOfTable(db, "bid");
            String auction = "insert into " + s + ".auction (id, seller_id, lot_reference, direction, currency, starting_price, min_increment, reserve_price,"
                    + " current_amount, current_bidder_id, bid_count, status, opens_at, original_closes_at, closes_at, extension_seconds, version, created_at)"
                    + " values ('00000000-0000-0000-0000-00000000000a', gen_random_uuid(), 'lot-1', 'HIGHEST_WINS', 'EUR', 1000.00, 50.00, 5000.00,"
                    + " null, null, 0, 'OPEN', '2026-03-01 10:00Z', '2026-03-08 18:00Z', %s, 0, 0, now())";
            // a close before the advertised one: anti-sniping only pushes it later
            refused(db, String.format(java.util.Locale.ROOT, auction, "'2026-03-08 17:59Z'"), "check constraint");
            run(db, String.format(java.util.Locale.ROOT, auction, "'2026-03-08 18:02Z'"));
            String bid = "insert into " + s + ".bid (id, auction_id, bidder_id, amount, idempotency_key, placed_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-00000000000a', gen_random_uuid(), %s, '%s', now())";
            run(db, String.format(java.util.Locale.ROOT, bid, "1050.00", "k1"));
            // a second bidder racing with the same amount: only one is accepted
            refused(db, String.format(java.util.Locale.ROOT, bid, "1050.00", "k2"), "duplicate key");
            run(db, String.format(java.util.Locale.ROOT, bid, "1100.00", "k3"));
            refused(db, "update " + s + ".bid set amount = 2000.00", "append-only");
            refused(db, "insert into " + s + ".auction_result (id, auction_id, outcome, decided_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-00000000000a', 'WITHDRAWN', now())", "check constraint");
            String result = "insert into " + s + ".auction_result (id, auction_id, outcome, decided_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-00000000000a', 'RESERVE_NOT_MET', now())";
            run(db, result);
            // the closer run twice records one result
            refused(db, result, "duplicate key");
            assertThat(rows(db, "select count(*) from " + s + ".bid")).containsExactly("2");
        }
    }

    @Test
    void aPlayerSearchesWithOneTicketAtATimeAndATicketJoinsOneMatch() throws Exception {
        try (Connection db = schemaOf("chess-club-online")) {
            String s = schemaOfTable(db, "match_ticket");
            String ticket = "insert into " + s + ".match_ticket (id, player_id, open_player_id, queue, skill_rating, region_latencies, status,"
                    + " idempotency_key, created_at, expires_at, version) values ('%s', " + PLAYER + ", %s, 'blitz', 1500,"
                    + " '[{\"region\":\"europe-west1\",\"latencyMs\":30}]', '%s', '%s', now(), now() + interval '5 minutes', 0)";
            run(db, String.format(java.util.Locale.ROOT, ticket, "00000000-0000-0000-0000-000000000001", PLAYER, "SEARCHING", "k1"));
            // a second searching ticket for the same player is refused
            refused(db, String.format(java.util.Locale.ROOT, ticket, "00000000-0000-0000-0000-000000000002", PLAYER, "SEARCHING", "k2"), "duplicate key");
            // once matched its open key is cleared, and finished tickets (NULL open key) never collide
            run(db, "update " + s + ".match_ticket set status = 'MATCHED', open_player_id = null");
            run(db, String.format(java.util.Locale.ROOT, ticket, "00000000-0000-0000-0000-000000000003", "null", "CANCELLED", "k3"));
            run(db, String.format(java.util.Locale.ROOT, ticket, "00000000-0000-0000-0000-000000000004", PLAYER, "SEARCHING", "k4"));
            refused(db, String.format(java.util.Locale.ROOT, ticket, "00000000-0000-0000-0000-000000000005", "null", "LOST", "k5"), "check constraint");

            run(db, "insert into " + s + ".game_match (id, queue, region, status, average_rating, widest_window, created_at)"
                    + " values ('00000000-0000-0000-0000-0000000000a1', 'blitz', 'europe-west1', 'ALLOCATING', 1500, 100, now()),"
                    + " ('00000000-0000-0000-0000-0000000000a2', 'blitz', 'europe-west1', 'ALLOCATING', 1500, 100, now())");
            String member = "insert into " + s + ".match_player (id, match_id, ticket_id, player_id, team, skill_rating)"
                    + " values (gen_random_uuid(), '%s', '00000000-0000-0000-0000-000000000001', " + PLAYER + ", 0, 1500)";
            run(db, String.format(java.util.Locale.ROOT, member, "00000000-0000-0000-0000-0000000000a1"));
            // the same ticket claimed by a second match is refused
            refused(db, String.format(java.util.Locale.ROOT, member, "00000000-0000-0000-0000-0000000000a2"), "duplicate key");
        }
    }

    @Test
    void aMatchResultCountsOnceAndASeasonsFinalRanksAreUniqueAndFrozen() throws Exception {
        try (Connection db = schemaOf("kart-racing-leaderboards")) {
            String s = schemaOfTable(db, "leaderboard");
            run(db, "insert into " + s + ".leaderboard (id, code, season, higher_is_better, max_plausible_score, status, starts_at, ends_at)"
                    + " values ('00000000-0000-0000-0000-0000000000b1', 'track-7', 3, false, 600000, 'OPEN', '2026-03-01Z', '2026-04-01Z')");
            String submission = "insert into " + s + ".score_submission (id, leaderboard_id, player_id, match_reference, score, validation, submitted_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000c1', 'race-42', 93500, 'ACCEPTED', now())";
            run(db, submission);
            refused(db, submission, "duplicate key");
            String standing = "insert into " + s + ".season_standing (id, leaderboard_id, final_rank, player_id, score, frozen_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', %d, gen_random_uuid(), 93500, now())";
            run(db, String.format(java.util.Locale.ROOT, standing, 1));
            refused(db, String.format(java.util.Locale.ROOT, standing, 1), "duplicate key");
            refused(db, String.format(java.util.Locale.ROOT, standing, 0), "check constraint");
            refused(db, "delete from " + s + ".season_standing", "append-only");
        }
    }

    @Test
    void aStoreTransactionIsCreditedOnceTheCurrencyLedgerBalancesAndAWalletNeverGoesBelowZero() throws Exception {
        try (Connection db = schemaOf("puzzle-gems")) {
            String s = schemaOfTable(db, "store_purchase");
            run(db, "insert into " + s + ".currency_product (id, store, store_product_id, currency_code, amount, active)"
                    + " values ('00000000-0000-0000-0000-0000000000d1', 'APPLE_APP_STORE', 'gems.500', 'GEM', 500, true)");
            String purchase = "insert into " + s + ".store_purchase (id, player_id, store, store_transaction_id, product_id, environment, status, purchased_at, validated_at)"
                    + " values (gen_random_uuid(), gen_random_uuid(), 'APPLE_APP_STORE', '2000000912345678', '00000000-0000-0000-0000-0000000000d1', 'PRODUCTION', 'CREDITED', now(), now())";
            run(db, purchase);
            // the same receipt sent again, or by another player, is not credited twice
            refused(db, purchase, "duplicate key");

            String w = schemaOfTable(db, "wallet_balance");
            run(db, "insert into " + w + ".wallet_balance (player_id, currency_code, currency_kind, balance, owed, version, updated_at)"
                    + " values ('00000000-0000-0000-0000-0000000000e1', 'GEM', 'PAID', 500, 0, 1, now())");
            // spending 600 of 500 gems is refused by the database, not only by the code
            refused(db, "update " + w + ".wallet_balance set balance = balance - 600", "check constraint");
            // a refund of 500 after 300 were spent: the balance goes to zero and 300 is owed
            run(db, "update " + w + ".wallet_balance set balance = 200");
            run(db, "update " + w + ".wallet_balance set balance = 0, owed = 300");
            assertThat(rows(db, "select balance || '/' || owed from " + w + ".wallet_balance")).containsExactly("0/300");

            String l = schemaOfTable(db, "ledger_entry");
            run(db, "insert into " + l + ".ledger_account (id, code, owner_id, currency, kind, opened_at) values"
                    + " ('00000000-0000-0000-0000-0000000000f1', 'store-clearing', null, 'GEM', 'asset', now()),"
                    + " ('00000000-0000-0000-0000-0000000000f2', 'player-paid', '00000000-0000-0000-0000-0000000000e1', 'GEM', 'liability', now())");
            String tx = "insert into " + l + ".journal_transaction (id, event_type, event_id, posted_at) values ('%s', 'store.purchase', gen_random_uuid(), now());";
            String entry = "insert into " + l + ".ledger_entry (id, transaction_id, account_id, amount, currency, posted_at) values (gen_random_uuid(), '%s', '%s', %s, 'GEM', now());";
            String t1 = "00000000-0000-0000-0000-000000000011";
            run(db, "begin;" + String.format(java.util.Locale.ROOT, tx, t1)
                    + String.format(java.util.Locale.ROOT, entry, t1, "00000000-0000-0000-0000-0000000000f1", "-500")
                    + String.format(java.util.Locale.ROOT, entry, t1, "00000000-0000-0000-0000-0000000000f2", "500") + "commit;");
            String t2 = "00000000-0000-0000-0000-000000000012";
            refused(db, "begin;" + String.format(java.util.Locale.ROOT, tx, t2)
                    + String.format(java.util.Locale.ROOT, entry, t2, "00000000-0000-0000-0000-0000000000f2", "500") + "commit;", "unbalanced");
        }
    }
}
