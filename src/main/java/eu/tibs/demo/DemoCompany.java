package eu.tibs.demo;

import java.util.List;

import eu.tibs.company.CompanyFacts;
import eu.tibs.company.NewContact;
import eu.tibs.profile.ProfileFacts;

/** One company of demo/companies.json with its contacts and cooperation profile. */
record DemoCompany(CompanyFacts company, List<NewContact> contacts, ProfileFacts profile) {
}
