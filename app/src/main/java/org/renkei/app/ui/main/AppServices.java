package org.renkei.app.ui.main;

import org.renkei.app.cases.FacilityProfiles;
import org.renkei.app.facility.FacilityLinkService;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.importing.ImportService;
import org.renkei.app.importing.Readers;
import org.renkei.app.importing.SampleData;
import org.renkei.app.knowledge.share.KnowledgeSharing;
import org.renkei.app.search.SearchService;
import org.renkei.app.store.Database;
import org.renkei.app.ui.casework.CaseMatcher;
import org.renkei.app.ui.detail.FacilityDesk;
import org.renkei.app.ui.detail.FacilityLookup;
import org.renkei.app.ui.detail.StoredFacilityDesk;
import org.renkei.app.ui.exports.GeoWriter;
import org.renkei.app.ui.importing.FileImporter;
import org.renkei.app.ui.links.LinkReview;
import org.renkei.app.ui.records.RecordServices;
import org.renkei.app.ui.fields.AddressLocator;
import org.renkei.app.ui.fields.DepartmentSuggester;
import org.renkei.app.ui.search.FacilitySearcher;
import org.renkei.app.ui.share.KnowledgeShare;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.Geocoder;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Everything the window needs from the rest of the application, as small interfaces so tests can pass fakes.
 *
 * @param records the referral cases, office settings and their exports
 * @param sample the bundled sample file to import into an empty database (null = never)
 * @param warmUp loads slow resources (vocabulary, gazetteer) in the background at start
 * @param links  pairs of facilities from different sources waiting for a person (「同一施設の確認」)
 * @param geoWriter the facility exports (Excel / GeoJSON / KML) of search results, plans and cases
 * @param sharing   facility knowledge export/import with other offices (null: the menu items are hidden)
 * @param desk      facility knowledge, referral history and profile sheets of the detail pane
 */
public record AppServices(FacilitySearcher searcher, FacilityLookup lookup, StatsSource stats, FileImporter importer,
                          DepartmentSuggester suggester, AddressLocator locator, CaseMatcher matcher,
                          RecordServices records, Supplier<Path> sample, Runnable warmUp, LinkReview links,
                          GeoWriter geoWriter, KnowledgeShare sharing, FacilityDesk desk) {

    /** Services with knowledge sharing but without the detail pane's knowledge. */
    public AppServices(FacilitySearcher searcher, FacilityLookup lookup, StatsSource stats, FileImporter importer,
                       DepartmentSuggester suggester, AddressLocator locator, CaseMatcher matcher,
                       RecordServices records, Supplier<Path> sample, Runnable warmUp, LinkReview links,
                       GeoWriter geoWriter, KnowledgeShare sharing) {
        this(searcher, lookup, stats, importer, suggester, locator, matcher, records, sample, warmUp, links, geoWriter,
                sharing, FacilityDesk.NONE);
    }

    /** Services without knowledge sharing. */
    public AppServices(FacilitySearcher searcher, FacilityLookup lookup, StatsSource stats, FileImporter importer,
                       DepartmentSuggester suggester, AddressLocator locator, CaseMatcher matcher,
                       RecordServices records, Supplier<Path> sample, Runnable warmUp, LinkReview links,
                       GeoWriter geoWriter) {
        this(searcher, lookup, stats, importer, suggester, locator, matcher, records, sample, warmUp, links, geoWriter,
                null);
    }

    /** Services with the standard facility exports. */
    public AppServices(FacilitySearcher searcher, FacilityLookup lookup, StatsSource stats, FileImporter importer,
                       DepartmentSuggester suggester, AddressLocator locator, CaseMatcher matcher,
                       RecordServices records, Supplier<Path> sample, Runnable warmUp, LinkReview links) {
        this(searcher, lookup, stats, importer, suggester, locator, matcher, records, sample, warmUp, links,
                GeoWriter.standard());
    }

    /** Services without link review (no pending pairs). */
    public AppServices(FacilitySearcher searcher, FacilityLookup lookup, StatsSource stats, FileImporter importer,
                       DepartmentSuggester suggester, AddressLocator locator, CaseMatcher matcher,
                       RecordServices records, Supplier<Path> sample, Runnable warmUp) {
        this(searcher, lookup, stats, importer, suggester, locator, matcher, records, sample, warmUp, LinkReview.NONE);
    }

    /** The real services over an open database. */
    public static AppServices production(Database db) {
        SearchService search = new SearchService(db);
        FacilityService facilities = new FacilityService(db);
        // Created on first use (a worker thread): the gazetteer may take a moment to load.
        FileImporter importer = FileImporter.of(() -> new ImportService(db, Readers.standard(), Geocoder.bundled()));
        return new AppServices(search::search, FacilityLookup.of(facilities::byId, facilities::otherSources),
                facilities::stats, importer,
                DepartmentSuggester.of(DepartmentVocabulary::bundled), AddressLocator.of(Geocoder::bundled),
                CaseMatcher.of(facilities::allActiveWithDepartments,
                        new FacilityProfiles(db, Clock.systemDefaultZone())::load, DepartmentVocabulary::bundled),
                RecordServices.production(db), SampleData::extract, () -> {
                    DepartmentVocabulary.bundled();
                    Geocoder.bundled();
                }, LinkReview.of(new FacilityLinkService(db)), GeoWriter.standard(),
                KnowledgeShare.of(new KnowledgeSharing(db, Clock.systemDefaultZone())), new StoredFacilityDesk(db));
    }
}
