package dev.architect.offline.internal.design;

import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Condition;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;

/**
 * A fact as an ADR shows it: in a sentence ("a team of 12", "800 requests/s at peak") and as a driver that says where
 * it came from ("team size 12 (from team.size)", "global audience: yes (from deployment.regions span europe and
 * united-states)", "peak requests 300/s (assumed)"). Facts without a phrase of their own read as their label and value.
 */
final class Evidence {

    private Evidence() {
    }

    /** The driver line: the fact, its value and its source. */
    static String driver(Facts f, Fact fact) {
        String value = fact.describe(f.value(fact));
        if (f.isAssumed(fact)) {
            return value + " (assumed: the request does not say" + f.source(fact).filter(s -> s.contains(".")).map(s -> " " + s).orElse("") + ")";
        }
        return value + f.source(fact).map(s -> " (from " + s + ")").orElse("");
    }

    /** The fact inside a sentence. */
    static String phrase(Facts f, Fact fact) {
        if (fact == Fact.STORE_READ_CAPACITY && f.source(fact).filter(b -> b.contains(" as sized: ")).isPresent()) {
            // the ceiling is the chosen database's own: the figure names it
            String basis = f.source(fact).get();
            int at = basis.indexOf(" as sized: ");
            int end = basis.indexOf(';', at);
            // the product alone, past the plan's "the capacity plan: db takes 3,000 reads/s at peak: "
            String product = basis.substring(0, at);
            return product.substring(product.lastIndexOf(": ") < 0 ? 0 : product.lastIndexOf(": ") + 2) + " answers " + Numbers.format(Numbers.round(f.number(fact), 0)) + " reads/s from memory as sized ("
                    + basis.substring(at + " as sized: ".length(), end < 0 ? basis.length() : end) + ")";
        }
        return phrase(fact, f.value(fact));
    }

    /**
     * What a condition asks for, inside a sentence: "one path whose load dwarfs the rest", "team size at most 15",
     * "the services or monolith style".
     */
    static String requirement(Condition c) {
        if (c.operand() instanceof Boolean b) {
            return phrase(c.fact(), b);
        }
        if (c.operand() instanceof Double bound) {
            String value = c.fact().format(bound);
            return c.fact().label() + switch (c.operator()) {
                case "<=" -> " of at most " + value;
                case ">=" -> " of at least " + value;
                case "<" -> " under " + value;
                case ">" -> " over " + value;
                default -> " of " + value;
            };
        }
        return c.requirement();
    }

    /** How a value would have to move to leave (or reach) a condition's bound: "rose above 15", "fell to 1". */
    static String crossing(Condition c, boolean leaving) {
        String value = c.fact().format(c.bound().orElseThrow());
        String op = c.operator();
        if (leaving) {
            return switch (op) {
                case "<=" -> "rose above " + value;
                case "<" -> "reached " + value;
                case ">=" -> "fell below " + value;
                default -> "fell to " + value;
            };
        }
        return switch (op) {
            case "<=" -> "fell to " + value;
            case "<" -> "fell below " + value;
            case ">=" -> "rose to " + value;
            default -> "rose above " + value;
        };
    }

    /**
     * A catalogue pro or con in this request's terms: each placeholder replaced by the request's own figure or
     * constraint ({peakWritesPerSecond} becomes "45 writes/s at peak"), {system} by its name, {product} by the product
     * on its cloud and {team} by the skills its team lists.
     */
    static String fill(String template, Facts f, String system, String product) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z0-9]+)}").matcher(template);
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "system" -> system;
                case "product" -> product;
                case "team" -> team(f);
                default -> Fact.byKey(name).filter(f::has).map(fact -> phrase(f, fact)).orElse(name);
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The team as a pro or con cites it: by the skills it lists, else by its size. */
    static String team(Facts f) {
        if (f.has(Fact.EXPERTISE) && !f.isAssumed(Fact.EXPERTISE) && !f.name(Fact.EXPERTISE).isBlank()) {
            return "a team that lists " + f.name(Fact.EXPERTISE);
        }
        return phrase(f, Fact.TEAM_SIZE);
    }

    /** A figure as prose shows it: whole numbers from 100 up, two decimals below. */
    static String approx(double value) {
        return Numbers.format(Math.abs(value) >= 100 ? Math.round(value) : value);
    }

    static String phrase(Fact fact, Object v) {
        String n = v instanceof Double d ? (fact.isRate() ? Numbers.shown(d) : approx(d)) : String.valueOf(v);
        boolean yes = v instanceof Boolean b && b;
        return switch (fact) {
            case TEAM_SIZE -> "a team of " + n;
            case CAPABILITIES -> n + " business capabilities";
            case PEAK_RPS -> n + " requests/s at peak";
            case PEAK_READS -> n + " reads/s at peak";
            case PEAK_WRITES -> n + " writes/s at peak";
            case POSITION_WRITES -> n + " position updates/s at peak";
            case MONEY_WRITES -> n + " money writes/s at peak";
            case PAYOUTS_PER_RUN -> n + " payouts a run";
            case ROUTING_ELEMENTS -> n + " billed routing elements a month";
            // a String when the volume is above the vendor's published table: the words say why there is no figure
            case ROUTING_VENDOR_USD -> v instanceof Double d ? Numbers.usd(d) + " a month at list prices" : n;
            // the instances at the deployment region's prices, as the cost line prices them (not the base region's)
            case ROUTING_ENGINE_USD -> Numbers.usd((Double) v) + " a month at the region's list prices";
            case READ_WRITE_RATIO -> n + " reads per write";
            case EVENTS_PER_SECOND -> v instanceof Double d && d == 0 ? "no events to publish" : n + " events/s at peak";
            case OWN_FLOWS -> n.equals("0") ? "no asynchronous flows in the mechanism" : n + (n.equals("1") ? " asynchronous flow" : " asynchronous flows") + " in the mechanism";
            case ASYNC_FLOWS -> n.equals("0") ? "no asynchronous flows" : n + (n.equals("1") ? " asynchronous flow" : " asynchronous flows");
            case DEVICE_PROTOCOL -> yes ? "devices that already speak a named protocol" : "no device protocol named";
            case DEVICE_WEBSOCKET -> yes ? "devices that hold a WebSocket of their own (OCPP)" : "no devices holding a WebSocket";
            case OFFLINE_EDITS -> yes ? "edits made offline that must merge when the device reconnects" : "editors who are online while they edit";
            case TEXT_DOCUMENTS -> yes ? "text that several people write together, character by character" : "documents made of objects rather than running text";
            case ANONYMOUS_READERS -> yes ? "an audience that mostly reads without an account" : "users who sign in";
            case WORKFORCE -> yes ? "only the organisation's own staff signing in" : "people outside the organisation signing in";
            case IDENTITY_SOURCE -> yes ? "an identity source the request names" : "no existing identity source named";
            case SOURCE_COVERS_USERS -> yes ? "everyone who signs in already holding an account at the named source"
                    : "people outside the organisation who hold no account at the staff's directory";
            case SOCIAL_SIGN_IN -> "sign-in with the accounts people already hold at Apple or Google, which the chosen provider must offer";
            case GUEST_ACCESS -> "guest use before an account, kept as an anonymous session that signing up upgrades";
            case IDENTITY_BUDGET_SHARE -> v instanceof Double d && d == 0 ? "no per-user sign-in price weighed against a budget"
                    : "the cloud's managed sign-in priced at " + n + "% of the budget for its monthly users";
            case P99_MS -> "a " + n + " ms p99 target";
            case AVAILABILITY -> "a " + n + "% availability target";
            case RPO_MINUTES -> "an RPO of " + n + (n.equals("1") ? " minute" : " minutes");
            case RTO_MINUTES -> "an RTO of " + n + (n.equals("1") ? " minute" : " minutes");
            case STORAGE_5Y_GB -> n + " GB held after five years";
            case REGIONS -> n + (n.equals("1") ? " region" : " regions");
            case APP_INSTANCES -> n + " application instances at peak";
            case SERVICE_COUNT -> n + (n.equals("1") ? " deployable" : " deployables");
            case AUDIENCE_GLOBAL -> yes ? "users spread over several continents" : "users close to one region";
            case TIME_SERIES -> yes ? "time-stamped telemetry" : "no time-series data";
            case LOAD_DIVERGENT -> yes ? "one path whose load dwarfs the rest" : "load spread evenly over the capabilities";
            case PUBLIC_API -> yes ? "an API offered to third parties" : "no third-party API";
            case PAYMENT_PROVIDER -> yes ? "a payment provider among the request's integrations" : "no payment provider among its integrations";
            case MONEY_MOVEMENT -> yes ? "money moving through the system" : "no money movement";
            case PAYOUT_PROVIDER -> yes ? "a payouts provider among the request's integrations" : "no payouts provider among its integrations";
            case CLOUD_MANAGED -> yes ? "a public cloud" : "own data centres";
            case CLOUD -> dev.architect.request.Cloud.of(n).displayName();
            case STORE_ENGINE -> "a " + n + " primary database";
            case EDGE_RUNTIME_FORWARDS -> yes ? "readings coming in on a path within the reach of the cloud's edge runtime" : "readings coming in on a path beyond the reach of the cloud's edge runtime";
            case MONEY_CONSISTENCY -> n.equals("eventual") ? "money movements that may settle eventually" : "money movements that must be strongly consistent";
            case COST_PRESSURE -> "a budget that covers " + Math.round(100 / ((Double) v)) + "% of what the design first cost";
            case REGIONS_OUTSIDE_EU -> yes ? "regions in more than one data-protection area" : "every region in one data-protection area";
            case REGIONS_IN_UK -> yes ? "regions in the United Kingdom" : "no region in the United Kingdom";
            case REGIONS_IN_SWITZERLAND -> yes ? "regions in Switzerland" : "no region in Switzerland";
            case REGIONS_IN_BRAZIL -> yes ? "regions in Brazil" : "no region in Brazil";
            case STYLE -> "the " + n + " style chosen earlier";
            case REDESIGN -> yes ? "a running system to replace" : "no system to replace";
            case CONCURRENT_CONNECTIONS -> n + " concurrent connections at peak";
            case SPIKE_FACTOR -> "traffic spikes of " + n + "x the usual load";
            case DATA_RETENTION -> "retention of " + n;
            case MONTHLY_USERS -> n + " monthly users";
            case ISSUERS -> n;
            case STORE_READ_CAPACITY -> n + " reads/s that the chosen database serves as sized";
            case SITES -> n + (n.equals("1") ? " site" : " sites");
            case SITE_SYSTEMS -> yes ? "systems at the sites that the cloud must reach" : "nothing at the sites that the cloud must reach";
            case SITE_TRAFFIC_PRIVATE -> yes ? "site traffic that must stay off the public internet" : "site traffic that may cross the internet encrypted";
            case SURGE_FACTOR -> "a peak " + n + " times the base load the request states";
            case SURGE_CROWD -> n + " people arriving or waiting at once";
            case SURGE_AT_ONCE -> yes ? "a crowd that arrives at once, faster than instances start" : "a surge with no crowd stated to arrive at once";
            case SURGE_CONTENDED -> yes ? "a finite count (places, stock, a bid) that the surge's takers contend for" : "nothing finite that the surge's takers contend for";
            case ADMISSION_RATE -> n + " people a second (the rate the write path as sized sustains)";
            default -> fact.describe(v);
        };
    }
}
