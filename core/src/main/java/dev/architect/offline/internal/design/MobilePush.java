package dev.architect.offline.internal.design;

import java.io.InputStream;

/**
 * How many push notifications the design sends to installed apps whose connection is closed, per monthly active user a
 * month, and why ({@code mobile-push.yaml}): the cost prices them at the cloud's push service.
 */
final class MobilePush {

    static final String RESOURCE = "/dev/architect/offline/mobile-push.yaml";
    /** The assumption the count is stated under. */
    static final String ASSUMPTION = "as-mobile-push";
    /** The price kind of the notifications. */
    static final String NOTIFICATIONS = "push.notifications";
    /** The price kind of the namespace, where the cloud bills one. */
    static final String HUB = "push.hub";

    /** The file's shape. */
    record File(Double perUserMonth, String basis) {
    }

    private final double perUserMonth;
    private final String basis;

    private MobilePush(double perUserMonth, String basis) {
        this.perUserMonth = perUserMonth;
        this.basis = basis;
    }

    private static final class Holder {
        static final MobilePush STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, "mobile push", MobilePush::read);
    }

    static MobilePush standard() {
        return Holder.STANDARD;
    }

    /** Notifications a month per monthly active user. */
    double perUserMonth() {
        return perUserMonth;
    }

    /** Why that many. */
    String basis() {
        return basis;
    }

    /** Reads the file; an unknown key, a missing or non-positive count or a blank basis fails naming the entry. */
    static MobilePush read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File f = dev.architect.offline.internal.catalog.DataFiles.read(in, where, File.class, "mobile push");
        if (f.perUserMonth() == null || !(f.perUserMonth() > 0) || Double.isInfinite(f.perUserMonth())) {
            throw new IllegalStateException(where + ": perUserMonth must be a positive number");
        }
        if (f.basis() == null || f.basis().isBlank()) {
            throw new IllegalStateException(where + ": basis is missing");
        }
        return new MobilePush(f.perUserMonth(), f.basis());
    }
}
