package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.SiteNetworks;
import java.util.List;

/**
 * How staff and devices at the organisation's own sites reach the system, and the system what runs at them: TLS over the
 * internet, a VPN per site or SD-WAN, related to the parts the sites' traffic arrives at. Only when the request counts its
 * sites (site-networks.yaml); never otherwise.
 */
public final class SiteNetworkRule extends SectionRule {

    public SiteNetworkRule() {
        super(SiteNetworks.SECTION, ContainerKind.API_GATEWAY, ContainerKind.WEB_APP, ContainerKind.SERVICE);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.SITE_NETWORK;
    }

    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.SITES, Fact.SITE_SYSTEMS, Fact.SITE_TRAFFIC_PRIVATE);
    }

    @Override
    Fact raisedBy() {
        return Fact.SITES;
    }
}
