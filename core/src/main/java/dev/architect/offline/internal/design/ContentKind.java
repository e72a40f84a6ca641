package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.ResourceFlow;
import dev.architect.offline.internal.catalog.Words;
import java.util.List;

/**
 * What a capability serves, for what a CDN can cache of it: public content (pages, media, assets, a catalogue anyone
 * reads) is the same for every reader and cached at the edge; an authenticated or personalised call (an account, a
 * wallet, a booking, a chat) answers one person and goes to the origin. Assumption {@code as-content-kind}.
 */
enum ContentKind {
    /** The same for every reader: a CDN answers its reads at the hit ratio. */
    PUBLIC,
    /** Answers one signed-in person, or travels on a realtime connection or device path: the origin serves every read. */
    PERSONAL;

    /** Words of a capability's name that name content published to everyone, whoever the users are. */
    static final List<String> PUBLIC_WORDS = List.of("page", "pages", "catalog", "catalogue", "article", "articles", "news", "media",
            "video", "videos", "image", "images", "photo", "photos", "gallery", "galleries", "asset", "assets", "listing", "listings",
            "menu", "menus", "timetable", "timetables", "blog", "docs", "documentation", "podcast", "podcasts", "episode", "episodes",
            "storefront", "publication", "publications", "public", "brochure", "landing", "website", "site", "static");
    /**
     * Words that name one person's own data: even where the audience reads without an account, these answer a signed-in
     * person and are not cached.
     */
    static final List<String> PERSONAL_WORDS = List.of("account", "accounts", "profile", "profiles", "wallet", "wallets", "billing",
            "cart", "carts", "checkout", "inbox", "message", "messages", "chat", "chats", "order", "orders", "booking", "bookings",
            "dashboard", "dashboards", "settings", "subscription", "subscriptions", "preferences", "progress", "favourites",
            "favorites", "admin", "administration", "payment", "payments", "ledger", "balance", "balances", "login", "sign-in",
            "session", "sessions", "private", "my", "inventory", "inventories", "membership", "memberships", "trading", "trade", "trades",
            "bid", "bids", "bidding", "enrolment", "enrollment", "enrolments", "enrollments", "application", "applications", "submission",
            "submissions", "claim", "claims", "appointment", "appointments", "reservation", "reservations", "notification",
            "notifications", "reminder", "reminders", "wishlist", "wishlists", "history", "saved", "personal", "records");

    /**
     * The kind of a capability's content.
     *
     * @param name the capability as the request names it
     * @param flow what it does with its data
     * @param realtime whether its traffic travels on a realtime connection
     * @param anonymousAudience whether the request says its audience reads without an account
     * @return public when its name says so, or when an anonymous audience reads its records and nothing names one person's
     *         data; personal otherwise
     */
    static ContentKind of(String name, ResourceFlow flow, boolean realtime, boolean anonymousAudience) {
        if (realtime || flow == ResourceFlow.INGEST || flow == ResourceFlow.PAYMENT || flow == ResourceFlow.NOTIFY) {
            return PERSONAL;
        }
        Words words = Words.of(name);
        if (words.containsAny(PERSONAL_WORDS)) {
            return PERSONAL;
        }
        return words.containsAny(PUBLIC_WORDS) || anonymousAudience ? PUBLIC : PERSONAL;
    }
}
