package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.offline.internal.archetype.CapabilityShapes.ShapeNames;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * A mechanism written for people (operators claiming tasks on handhelds and scanning) does not design work the request
 * gives to machines, and one written for machines (a schedule driving devices) does not design work people do: who
 * performs a capability is read from the request's sentences naming it.
 */
class PerformerFitTest {

    /** Who performs the capability as the description states it, and the shape that designs it: "MACHINES -> none". */
    private static String fit(String capability, String description) {
        ConsultationRequest r = RequestReader.readString("system: Sample\ndescription: \"" + description + "\"\ncapabilities: [" + capability + "]\n");
        String table = capability.replace(' ', '_');
        ShapeNames names = new ShapeNames(capability, capability.replace(' ', '-'), table, "Thing", capability.replace(' ', '-') + "s", "thingId", capability);
        Performer performer = Performers.of(capability, r).orElse(null);
        String shape = CapabilityShapes.standard().design(names, r.description(), performer).map(s -> s.shape().id()).orElse("none");
        return (performer == null ? "unknown" : performer.name()) + " -> " + shape;
    }

    @Test
    void replenishmentDoneByAutomatedVehiclesIsNotOperatorsScanningOnHandhelds() {
        assertThat(fit("replenishment", "A frozen-food distribution centre with 30,000 pallet bins. Automated guided vehicles carry out"
                + " replenishment from the reserve racks, and each vehicle reports its position every second."))
                .startsWith("MACHINES").doesNotContain("warehouse-task");
    }

    @Test
    void machinesNamedNearerTheWorkThanAnyPersonDoIt() {
        assertThat(fit("picking", "Kitchen automation for 12 restaurants: the system assigns picking to the robots from incoming"
                + " tickets and a supervisor checks every finished bowl at the pass. Stock sits in 800 bins."))
                .startsWith("MACHINES").doesNotContain("warehouse-task");
    }

    @Test
    void replenishmentDoneByOperatorsOnHandheldDevicesStaysAWarehouseTask() {
        // the handheld device is the operators' tool, not a machine doing the work
        assertThat(fit("replenishment", "A frozen-food distribution centre with 30,000 pallet bins. Warehouse operators carry out"
                + " replenishment from the reserve racks and confirm each move on handheld devices.")).isEqualTo("PEOPLE -> warehouse-task");
    }

    @Test
    void aScheduleWorkedByPeopleIsNotADeviceScheduleButOneDrivingValvesIs() {
        String greenhouse = "Climate control for 40 greenhouses: 2,000 valves and pumps follow watering schedules that the site managers"
                + " set per house. Harvest schedules are planned weekly by the farm managers.";
        assertThat(fit("harvest schedules", greenhouse)).startsWith("PEOPLE").doesNotContain("device-schedule");
        // managers set the watering schedules, but the valves and pumps, named nearer, carry them out
        assertThat(fit("watering schedules", greenhouse)).isEqualTo("MACHINES -> device-schedule");
    }

    @Test
    void aRequestSilentOnWhoDoesTheWorkHoldsNothingAgainstTheShape() {
        assertThat(fit("pick tasks", "A parts depot; pick tasks cover 5,000 bins and two loading docks.")).isEqualTo("unknown -> warehouse-task");
    }
}
