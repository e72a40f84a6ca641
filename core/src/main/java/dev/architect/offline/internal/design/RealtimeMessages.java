package dev.architect.offline.internal.design;

import dev.architect.internal.Numbers;

/**
 * The messages the realtime connections carry a second at peak, each way, counted once for every line that reads them:
 * the realtime service's message line, the pusher's sizing, the connection table's lookups, the pushed egress and the
 * capacity plan's figure all take their numbers from here.
 *
 * <p>Client to service: every request of the capabilities on the connection, the reports a live index keeps sent over
 * the socket the reporting clients hold, and the keep-alives of clients with nothing else to send where the service needs
 * them. Service to client: one reply to each request, each update pushed to the clients watching what it changes
 * (push-fanout.yaml) and each report pushed to its sender's watchers (report-sinks.yaml). A service that bills what
 * clients send bills both ways; one that bills only what it sends bills the service-to-client count.
 *
 * @param requests       requests a second of the capabilities on the connection, reports and heartbeats apart
 * @param heartbeats     heartbeats a second (heartbeat-rates.yaml): taken by the presence store, neither answered nor relayed
 * @param reports        reports a second sent over the socket the reporting clients hold
 * @param keepAlives     keep-alives a second from clients with nothing else to send (0 where the service needs none)
 * @param updatePushes   updates pushed to other clients a second (each write x the clients watching what it changes)
 * @param reportPushes   reports pushed to watchers a second (each report x the watchers of its sender)
 * @param inboundBilled  whether the service bills the messages clients send
 * @param pushTerms      the arithmetic of the pushes, per capability ("board editing 2,935.42 writes/s x 4")
 * @param keepAliveBasis why the keep-alives are that many, or empty
 */
record RealtimeMessages(double requests, double heartbeats, double reports, double keepAlives, double updatePushes, double reportPushes, boolean inboundBilled,
                        String pushTerms, String keepAliveBasis) {

    /** No realtime connection: nothing either way. */
    static final RealtimeMessages NONE = new RealtimeMessages(0, 0, 0, 0, 0, 0, false, "", "");

    /** One reply a second to each request. */
    double replies() {
        return requests;
    }

    /** Messages clients send a second at peak. */
    double clientToService() {
        return Numbers.round(requests + heartbeats + reports + keepAlives, 2);
    }

    /** Updates and reports pushed to other clients a second: what leaves the cloud on top of the replies to requests. */
    double pushes() {
        return Numbers.round(updatePushes + reportPushes, 2);
    }

    /** Messages the service sends a second at peak: the replies and the pushes, each one post to a connection. */
    double serviceToClient() {
        return Numbers.round(replies() + updatePushes + reportPushes, 2);
    }

    /** Messages the service bills a second at peak: both ways where it bills what clients send, else what it sends and the keep-alives. */
    double billed() {
        return Numbers.round((inboundBilled ? requests + heartbeats + reports : 0) + keepAlives + serviceToClient(), 2);
    }

    /**
     * The arithmetic of the billed messages: "client to service: ... = A; service to client: ... = B; billed both ways:
     * A + B = C messages/s".
     */
    String formula() {
        // With no capability on the connection, clients send no requests over it: the terms start with what they do send
        java.util.List<String> ins = new java.util.ArrayList<>();
        if (requests > 0 || heartbeats + reports + keepAlives <= 0) {
            ins.add(Numbers.format(Numbers.round(requests, 2)) + " requests");
        }
        if (heartbeats > 0) {
            ins.add(Numbers.format(heartbeats) + " heartbeats (assumption " + HeartbeatRates.ASSUMPTION + ", neither answered nor relayed)");
        }
        if (reports > 0) {
            ins.add(Numbers.format(reports) + " reports");
        }
        if (keepAlives > 0) {
            ins.add(Numbers.format(keepAlives) + " keep-alives (" + keepAliveBasis + ")");
        }
        String in = String.join(" + ", ins);
        String out = requests > 0 || pushTerms.isEmpty() ? Numbers.format(Numbers.round(replies(), 2)) + " replies, one to each request"
                + (pushTerms.isEmpty() ? "" : " + " + pushTerms) : pushTerms;
        String billedText = inboundBilled ? "billed both ways: " + Numbers.format(clientToService()) + " + " + Numbers.format(serviceToClient())
                : "billed as the service sends them" + (keepAlives > 0 ? ", with the keep-alives: " + Numbers.format(keepAlives) + " + "
                + Numbers.format(serviceToClient()) : ": " + Numbers.format(serviceToClient()));
        return "client to service: " + in + " = " + Numbers.format(clientToService()) + " messages/s; service to client: " + out + " = "
                + Numbers.format(serviceToClient()) + " messages/s; " + billedText + " = " + Numbers.format(billed()) + " messages/s";
    }
}
