package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A composite primary key: (carrier, tracking_no). */
@Table(name = "shipments")
public class Shipment implements OrmBase {
    @Column(primaryKey = true, length = 20) String carrier;
    @Column(primaryKey = true) int trackingNo;
    @Column(length = 50) String destination;

    public Shipment() {}

    Shipment(String carrier, int trackingNo, String destination) {
        this.carrier = carrier;
        this.trackingNo = trackingNo;
        this.destination = destination;
    }
}
