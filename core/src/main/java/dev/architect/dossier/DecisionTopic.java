package dev.architect.dossier;

/** What an architecture decision is about; lets tools find, say, the datastore decision. */
public enum DecisionTopic {
    /** Monolith, modular monolith, microservices or serverless. */
    ARCHITECTURE_STYLE,
    /** Where the system of record lives. */
    DATASTORE,
    /** What is cached, where, and for how long. */
    CACHING,
    /** How components exchange asynchronous messages. */
    MESSAGING,
    /** REST, GraphQL, gRPC or another API style. */
    API_STYLE,
    /** Authentication, authorisation and data protection. */
    SECURITY,
    /** Where and how the system runs. */
    DEPLOYMENT,
    /** Redundancy and failover to meet the availability target. */
    AVAILABILITY,
    /** How the system meets regulations such as GDPR or PCI DSS. */
    COMPLIANCE,
    /** Logs, metrics, traces and alerting. */
    OBSERVABILITY,
    /** How the existing system is replaced. */
    MIGRATION,
    /** How updates reach clients in real time (WebSocket, SSE, polling). */
    REALTIME_TRANSPORT,
    /** How the system tracks who is online. */
    PRESENCE,
    /** How one event reaches many recipients. */
    FAN_OUT,
    /** How concurrent edits of one shared document merge: a CRDT, operational transformation or last writer wins. */
    EDIT_MERGE,
    /** Where a shared document's editing room lives: one sync node per document, or every node through pub/sub. */
    DOCUMENT_ROOMS,
    /** How high-volume incoming data is accepted. */
    INGESTION,
    /** How data moves between hot, warm and cold storage. */
    DATA_TIERING,
    /** How money movements are recorded immutably. */
    LEDGER,
    /** How double booking of a resource is prevented. */
    BOOKING_CONSISTENCY,
    /** How static and media content reaches users (CDN). */
    CONTENT_DELIVERY,
    /** How video is transcoded, stored and streamed. */
    VIDEO,
    /** How health records are exchanged over HL7 FHIR. */
    FHIR_INTEGRATION,
    /** Which search engine serves queries. */
    SEARCH_ENGINE,
    /** How moving things (drivers, couriers) are found by location: the geospatial index of live positions. */
    GEO_INDEX,
    /** How incoming bank transfers are received and matched to what they pay. */
    PAYMENT_MATCHING,
    /** How outgoing payments reach the banks: payment files over a bank channel, the bank's API or a payouts provider. */
    PAYOUT_CHANNEL,
    /** Where a case's states, transitions and timers live: a workflow engine or a state machine in the database. */
    CASE_WORKFLOW,
    /** How commands reach devices and where their desired and reported state is kept. */
    DEVICE_COMMANDS,
    /** Where detection rules (threshold, rate of change, flatline) are evaluated on a stream of readings. */
    DETECTION_RULES,
    /** How user content is classified before and after it is published: a vendor's moderation API or own models. */
    CONTENT_MODERATION,
    /** Where an auction's current high bid lives, so two bidders at the same instant never both win and no bid is lost. */
    AUCTION_BIDDING,
    /** Who forms matches from players' tickets and allocates their game session: a managed matchmaker or the system's own. */
    MATCHMAKING,
    /** Where ranked scores are kept and ranked: a sorted set in an in-memory store or a ranking query in the database. */
    LEADERBOARD,
    /** Where a metered paywall counts a reader's free articles: at the CDN edge or at the origin. */
    PAYWALL_METERING,
    /** Where a site keeps its readings while its link is down, and what replays them: the cloud's edge runtime or an agent of the system's own. */
    EDGE_BUFFER,
    /** How travel times and routes are computed for dispatch and ETAs: a maps vendor's API, a routing engine of our own, or both. */
    ROUTING,
    /** How staff and devices at the organisation's physical sites reach the system: TLS over the internet, a VPN per site or SD-WAN. */
    SITE_NETWORK,
    /** How a short, sharp surge far above the base load is absorbed: autoscaling, scheduled pre-scaling, a waiting room or load shedding. */
    SURGE_ABSORPTION,
    /** A topic none of the others covers. */
    OTHER
}
