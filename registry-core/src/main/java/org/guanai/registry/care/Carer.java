package org.guanai.registry.care;

/**
 * Someone who gives care: a 儿童主任 (with the VILLAGE account, where there is one), a 童伴妈妈, a volunteer of a
 * team … of the village or town they serve.
 */
public record Carer(long id, long version, String regionCode, String regionName, CarerRole role, String name,
        String phone, Long accountId, String accountName, String team, String training, boolean active) {
}
