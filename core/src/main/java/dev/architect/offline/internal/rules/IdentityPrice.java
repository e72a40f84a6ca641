package dev.architect.offline.internal.rules;

import dev.architect.figures.Price;
import dev.architect.figures.PriceTable;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.request.Cloud;
import java.util.Optional;

/**
 * The monthly price of the cloud's managed identity provider for the users who sign in, from the {@code identity.users}
 * tiers of the price table, weighed against the budget before the identity decision is made: per-user pricing that eats
 * the budget must lose to a cheaper way of signing users in, and the ADR says by how much.
 *
 * @param usd            the provider's monthly price for the signed-in users, the free tier first
 * @param budgetPercent  that price as a percentage of the monthly budget; 0 without a budget or a public cloud
 * @param source         where the figure comes from, with its arithmetic; never an assumption of its own (an assumed
 *                       user count is reported with the load, and the price follows from it)
 */
record IdentityPrice(double usd, double budgetPercent, String source) {

    /** The price table's kind for a thousand monthly active users of the managed identity provider. */
    static final String KIND = "identity.users";
    /** The share of a public audience reading without an account that still signs in (as the cost plan assumes). */
    static final double SIGNED_IN_SHARE_OF_READERS = 0.10;

    static IdentityPrice of(Workload w, SignIn signIn, boolean anonymousReaders) {
        if (w.cloud() == Cloud.ON_PREMISES || w.budgetUsd().isEmpty() || w.budgetUsd().get() <= 0) {
            return new IdentityPrice(0, 0, w.cloud() == Cloud.ON_PREMISES ? "own data centres: no per-user price"
                    : "no budget.monthlyUsd to weigh the per-user price against");
        }
        Optional<Price> price = PriceTable.standard().price(w.cloud(), KIND);
        if (price.isEmpty()) {
            return new IdentityPrice(0, 0, "no per-user price for " + w.cloud().displayName() + " in the price table");
        }
        // The same population the cost plan prices: the actors who sign in, those federating over SAML or OIDC apart
        SignIn.Population who = signIn.population(w, anonymousReaders, SIGNED_IN_SHARE_OF_READERS);
        Optional<Price> federatedPrice = PriceTable.standard().price(w.cloud(), SignIn.FEDERATED_KIND);
        double ordinary = federatedPrice.isPresent() ? who.users() : who.total();
        double usd = cost(price.get(), ordinary) + federatedPrice.map(f -> cost(f, who.federatedUsers())).orElse(0.0);
        double budget = w.budgetUsd().get();
        double percent = Numbers.round(100 * usd / budget, 1);
        String users = Numbers.format(Math.round(who.total())) + (signIn.direct() ? " monthly users signing in at the pool (those with "
                + "accounts their organisation holds at Google or Microsoft sign in there, unbilled)" : " monthly users signing in")
                + (federatedPrice.isPresent() && who.federatedUsers() > 0 ? " (" + Numbers.format(Math.round(who.federatedUsers()))
                        + " of them over SAML or OIDC federation at " + productOf(federatedPrice.get()) + ")" : "");
        return new IdentityPrice(usd, percent, price.get().description().isBlank() ? KIND
                : "the price table's " + KIND + " tiers: " + users + " cost " + Numbers.usd(usd) + " a month at "
                + productOf(price.get()) + ", against budget.monthlyUsd " + Numbers.usd(budget));
    }

    private static double cost(Price p, double users) {
        return p.billed(users / 1000.0);
    }

    private static String productOf(Price p) {
        String d = p.description();
        int cut = d.indexOf(':');
        return cut > 0 ? d.substring(0, cut) : d;
    }
}
