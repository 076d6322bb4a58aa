package org.guanai.registry.care;

/** A place where care is given (儿童之家 …), of the village or town it serves; photos are counted, not loaded. */
public record CarePlace(long id, long version, String regionCode, String regionName, PlaceKind kind, String name,
        String address, String openingHours, String personInCharge, String phone, Integer capacity,
        PlaceStatus status, int photos) {
}
