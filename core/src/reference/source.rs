//! Where every rule, figure and statement comes from.

use serde::{Serialize, Serializer};

/// The latest of the content areas' check dates ([`Area::checked`]): what the JSON report and
/// the CLI print as `last_reviewed`.
pub const LAST_REVIEWED: &str = "2026-12-01";

/// A content area with the date it was last checked against its sources. The widget shows each
/// area's date beside it, from the texts loaded after the first answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    /// The T, N, M and stage-group tables and the stage meanings.
    Staging,
    /// The survival figures (each figure also carries its own date).
    Survival,
    /// The treatment texts and their trial citations.
    Treatment,
    /// The symptom lists and the urgent-help box.
    Symptoms,
}

impl Area {
    /// Every area, in declaration order.
    pub const ALL: [Area; 4] = [
        Area::Staging,
        Area::Survival,
        Area::Treatment,
        Area::Symptoms,
    ];

    /// A stable short code: `staging`, `survival`, `treatment`, `symptoms`.
    pub const fn code(self) -> &'static str {
        match self {
            Area::Staging => "staging",
            Area::Survival => "survival",
            Area::Treatment => "treatment",
            Area::Symptoms => "symptoms",
        }
    }

    /// What the area is, in the sentence that shows its date.
    pub const fn name(self) -> &'static str {
        match self {
            Area::Staging => "Staging tables and stage meanings",
            Area::Survival => "Survival figures",
            Area::Treatment => "Treatment texts",
            Area::Symptoms => "Symptom lists",
        }
    }

    /// When the area was last checked against its sources (how: docs/clinical-decisions.md#d26, #d27).
    pub const fn checked(self) -> &'static str {
        match self {
            // Every cell against the reference grids (core/tests/grids.rs), meanings against them.
            Area::Staging => "2026-12-01",
            Area::Survival => "2026-12-01",
            // The trial citations, one by one: `CITATION_CHECKS`.
            Area::Treatment => "2026-12-01",
            Area::Symptoms => "2026-12-01",
        }
    }
}

/// How the citation of a source was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CitationRead {
    /// Authors, journal, year, pages and DOI read in the PubMed record (or a copy of it).
    PubMed,
    /// Title, DOI and abstract read on the publisher's page of the paper.
    Publisher,
    /// Authors, journal, year and abstract read in a research institution's record of the
    /// paper (a university repository or national bibliography); the DOI only in independent
    /// citations.
    Repository,
    /// Authors, journal, year and pages read in the PubMed record or the publisher's listing;
    /// the DOI only in independent citations that agree.
    DoiInCitations,
}

/// The trial and guideline citations behind the treatment texts, each with how it was checked
/// and when (docs/clinical-decisions.md#d27). A test keeps every source a treatment text cites
/// in this list.
pub const CITATION_CHECKS: &[(SourceId, CitationRead, &str)] = &[
    (
        SourceId::Forde2022,
        CitationRead::DoiInCitations,
        "2026-12-01",
    ),
    (SourceId::Wakelee2023, CitationRead::PubMed, "2026-12-01"),
    (
        SourceId::Heymach2023,
        CitationRead::Repository,
        "2026-12-01",
    ),
    (
        SourceId::Cascone2024,
        CitationRead::Repository,
        "2026-12-01",
    ),
    (SourceId::Felip2021, CitationRead::PubMed, "2026-12-01"),
    (SourceId::OBrien2022, CitationRead::Publisher, "2026-12-01"),
    (SourceId::Wu2020, CitationRead::PubMed, "2026-12-01"),
    (SourceId::Wu2024, CitationRead::Repository, "2026-12-01"),
    (
        SourceId::Antonia2017,
        CitationRead::DoiInCitations,
        "2026-12-01",
    ),
    (SourceId::Lu2024, CitationRead::Repository, "2026-12-01"),
    (SourceId::Cheng2024, CitationRead::PubMed, "2026-12-01"),
    (
        SourceId::Horn2018,
        CitationRead::DoiInCitations,
        "2026-12-01",
    ),
    (SourceId::PazAres2019, CitationRead::PubMed, "2026-12-01"),
    (SourceId::Temel2010, CitationRead::PubMed, "2026-12-01"),
    (
        SourceId::Lindeman2018,
        CitationRead::DoiInCitations,
        "2026-12-01",
    ),
    (SourceId::Lim2024, CitationRead::PubMed, "2026-12-01"),
    (SourceId::Kindler2018, CitationRead::PubMed, "2026-12-01"),
    (SourceId::Baas2021, CitationRead::PubMed, "2026-12-01"),
];

/// A cited source as the first answer shows it. `year` is the year of the version we used, or
/// "undated" when the copy we used carries no date. The full citation and the address are
/// [`SourceId::title`] and [`SourceId::url`], apart so that the widget's first load need not
/// carry them (it loads them after its first answer, see `deferred`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Which source.
    pub id: SourceId,
    /// A short citation for inline use: "AJCC 8th ed., 2017".
    pub short: &'static str,
    /// The year of the version used, or "undated".
    pub year: &'static str,
}

/// A source with its full citation, as the JSON report gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FullSource {
    /// Which source.
    pub id: SourceId,
    /// A short citation for inline use.
    pub short: &'static str,
    /// The full citation.
    pub title: &'static str,
    /// The year of the version used, or "undated".
    pub year: &'static str,
    /// The address, where there is one.
    pub url: Option<&'static str>,
}

macro_rules! sources {
    ($( $(#[$meta:meta])* $id:ident = $code:literal, $short:literal, $title:literal, $year:literal, $url:expr; )+) => {
        /// Identifier of a cited source.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum SourceId {
            $( $(#[$meta])* $id, )+
        }

        impl SourceId {
            /// Every source, in declaration order.
            pub const ALL: &'static [SourceId] = &[$(SourceId::$id,)+];

            /// A stable short code, used in JSON.
            pub const fn code(self) -> &'static str {
                match self {
                    $( SourceId::$id => $code, )+
                }
            }

            /// The short form the first answer shows.
            pub const fn source(self) -> Source {
                match self {
                    $( SourceId::$id => Source {
                        id: SourceId::$id,
                        short: $short,
                        year: $year,
                    }, )+
                }
            }

            /// The full citation.
            pub const fn title(self) -> &'static str {
                match self {
                    $( SourceId::$id => $title, )+
                }
            }

            /// The address of the copy used; `None` for a source cited without one.
            pub const fn url(self) -> Option<&'static str> {
                match self {
                    $( SourceId::$id => $url, )+
                }
            }
        }
    };
}

sources! {
    /// AJCC 8th lung chapter, reprinted by NCI PDQ.
    Ajcc8 = "ajcc8", "AJCC 8th ed., 2017",
        "AJCC Cancer Staging Manual, 8th edition (Springer, 2017), lung chapter, as reprinted in NCI PDQ Non-Small Cell Lung Cancer Treatment (Health Professional Version)",
        "2017", Some("https://www.cancer.gov/types/lung/hp/non-small-cell-lung-treatment-pdq");
    /// IASLC 9th-edition stage groups and the N2 split.
    Iaslc9 = "iaslc9", "Rami-Porta et al., 2024",
        "Rami-Porta R, et al. IASLC Lung Cancer Staging Project: proposals for revision of the TNM stage groups in the forthcoming (ninth) edition. J Thorac Oncol 2024;19(7):1007-1027",
        "2024", None;
    /// IASLC 9th-edition M descriptors, M1c1 and M1c2
    Iaslc9M = "iaslc9m", "Fong et al., 2024",
        "Fong KM, et al. Proposals for the revision of the M descriptors in the forthcoming ninth edition of the TNM classification of lung cancer. J Thorac Oncol 2024",
        "2024", Some("https://doi.org/10.1016/j.jtho.2024.01.019");
    /// The 9th-edition descriptor summary, including the listed structures
    RadiologyAssistant9 = "radassist9", "Radiology Assistant, 2025",
        "Mets O, Smithuis R. TNM classification 9th edition. The Radiology Assistant, 10 January 2025",
        "2025", Some("https://radiologyassistant.nl");
    /// SEER extent-of-disease coding, lung V9
    SeerEodV9 = "seer-eod-v9", "SEER EOD Lung V9, 2025",
        "SEER Extent of Disease, schema Lung [V9: 2025+] (eod_public 3.3, imsweb/staging-client-java)",
        "2025", Some("https://github.com/imsweb/staging-client-java");
    /// SEER's derived AJCC 8th stage table
    SeerEod8 = "seer-eod8", "SEER EOD 3.0 TNM 8, 2019",
        "SEER EOD 3.0 table tnm8_path_stage_ubq, TNM 8 Path Stage Group (last modified 2019-04-05), imsweb/staging-client-java",
        "2019", Some("https://github.com/imsweb/staging-client-java");
    /// SEER Summary Stage 2018 for lung
    SeerSs2018 = "seer-ss2018", "SEER Summary Stage 2018",
        "SEER Summary Stage 2018, lung (tables ss2018_lung_41334 and summary_stage_rpa)",
        "2018", Some("https://github.com/imsweb/staging-client-java");
    /// NCI PDQ small cell staging: limited and extensive
    PdqSclc = "pdq-sclc", "NCI PDQ Small Cell Lung Cancer",
        "NCI PDQ Small Cell Lung Cancer Treatment (Health Professional Version), Stage Information (VA Lung Study Group definitions)",
        "2009", None;
    /// Mesothelioma 8th edition
    Meso8 = "meso8", "Rusch et al., 2016 (AJCC 8th)",
        "Rusch VW, et al. IASLC Mesothelioma Staging Project: proposals for the M descriptors and for revision of the TNM stage groupings in the forthcoming (eighth) edition. J Thorac Oncol 2016;11(12):2112-2119; AJCC 8th edition chapter 37 via NCI PDQ Malignant Mesothelioma Treatment",
        "2016", Some("https://doi.org/10.1016/j.jtho.2016.09.124");
    /// IASLC's optional pathological N subgroups, pN1a to pN2b (8th edition).
    Asamura2015 = "asamura2015", "Asamura et al., 2015",
        "Asamura H, Chansky K, Crowley J, et al. The International Association for the Study of Lung Cancer Lung Cancer Staging Project: proposals for the revision of the N descriptors in the forthcoming 8th edition of the TNM classification for lung cancer. J Thorac Oncol 2015;10(12):1675-1684",
        "2015", Some("https://doi.org/10.1097/JTO.0000000000000678");
    /// UICC general rules: the (m) suffix and the G, L, V, Pn and R descriptors.
    Uicc8 = "uicc8", "UICC TNM 8th ed., 2017",
        "Brierley JD, Gospodarowicz MK, Wittekind C (eds). TNM Classification of Malignant Tumours, 8th edition. UICC; Wiley-Blackwell, 2017 (general rules and additional descriptors)",
        "2017", None;
    /// IASLC 8th-edition survival by clinical stage.
    Goldstraw2016 = "goldstraw2016", "IASLC, Goldstraw et al., 2016",
        "Goldstraw P, et al. The IASLC Lung Cancer Staging Project: proposals for revision of the TNM stage groupings in the forthcoming (eighth) edition of the TNM classification for lung cancer. J Thorac Oncol 2016;11(1):39-51",
        "2016", Some("https://doi.org/10.1016/j.jtho.2015.09.009");
    /// Data years of the IASLC 8th-edition database.
    RamiPorta2017 = "ramiporta2017", "Rami-Porta et al., 2017",
        "Rami-Porta R, Asamura H, Travis WD, Rusch VW. Lung cancer: major changes in the American Joint Committee on Cancer eighth edition cancer staging manual. CA Cancer J Clin 2017;67:138-155 (77,156 evaluable patients diagnosed 1999-2010)",
        "2017", None;
    /// Treatment by stage, with a pointer to clinical trials at every stage.
    PdqNsclcTreatment = "pdq-nsclc-treatment", "NCI PDQ NSCLC Treatment",
        "NCI PDQ Non-Small Cell Lung Cancer Treatment (Health Professional Version), treatment option overview by stage",
        "2018", Some("https://www.cancer.gov/types/lung/hp/non-small-cell-lung-treatment-pdq");
    /// Small cell treatment by extent.
    SclcTreatment = "sclc-treatment", "NCI PDQ SCLC Treatment, 2024",
        "NCI PDQ Small Cell Lung Cancer Treatment (Health Professional Version), 2024 revision",
        "2024", Some("https://www.cancer.gov/types/lung/hp/small-cell-lung-treatment-pdq");
    /// Mesothelioma treatment by extent.
    MesoTreatment = "meso-treatment", "ACS; BMJ Best Practice",
        "American Cancer Society, Treatment of malignant mesothelioma by extent of the cancer; BMJ Best Practice, Malignant pleural mesothelioma: management approach",
        "undated", Some("https://cancer.org/cancer/malignant-mesothelioma/treating/by-extent.html");
    /// Biomarker testing before targeted treatment (advanced NSCLC).
    Lindeman2018 = "lindeman2018", "Lindeman et al., 2018",
        "Lindeman NI, et al. Updated molecular testing guideline for the selection of lung cancer patients for treatment with targeted tyrosine kinase inhibitors (CAP, IASLC, AMP). J Thorac Oncol 2018;13(3):323-358",
        "2018", Some("https://doi.org/10.1016/j.jtho.2017.12.001");
    /// PD-L1 testing before immune checkpoint inhibitors (advanced NSCLC). Title and abstract
    /// read on the publisher's page, authors in a university repository's record; its DOI was
    /// not read, so the address is the publisher's page.
    Sholl2024 = "sholl2024", "Sholl et al., 2024",
        "Sholl LM, Awad M, Basu Roy U, et al. Programmed death ligand-1 and tumor mutation burden testing of patients with lung cancer for selection of immune checkpoint inhibitor therapies: guideline from the CAP, AMP, IASLC, PPS and LUNGevity Foundation. Arch Pathol Lab Med 2024;148(7):757",
        "2024", Some("https://meridian.allenpress.com/aplm/article/148/7/757/499926/Programmed-Death-Ligand-1-and-Tumor-Mutation");
    /// CheckMate 816: nivolumab with chemotherapy before surgery.
    Forde2022 = "forde2022", "Forde et al., 2022 (CheckMate 816)",
        "Forde PM, et al. Neoadjuvant nivolumab plus chemotherapy in resectable lung cancer. N Engl J Med 2022;386:1973-1985",
        "2022", Some("https://doi.org/10.1056/NEJMoa2202170");
    /// KEYNOTE-671: pembrolizumab before and after surgery.
    Wakelee2023 = "wakelee2023", "Wakelee et al., 2023 (KEYNOTE-671)",
        "Wakelee H, et al. Perioperative pembrolizumab for early-stage non-small-cell lung cancer. N Engl J Med 2023;389:491-503",
        "2023", Some("https://doi.org/10.1056/NEJMoa2302983");
    /// AEGEAN: durvalumab with chemotherapy before surgery and alone after it.
    Heymach2023 = "heymach2023", "Heymach et al., 2023 (AEGEAN)",
        "Heymach JV, Harpole D, Mitsudomi T, et al. Perioperative durvalumab for resectable non-small-cell lung cancer. N Engl J Med 2023;389:1672-1684",
        "2023", Some("https://doi.org/10.1056/NEJMoa2304875");
    /// CheckMate 77T: nivolumab with chemotherapy before surgery and alone after it.
    Cascone2024 = "cascone2024", "Cascone et al., 2024 (CheckMate 77T)",
        "Cascone T, Awad MM, Spicer JD, et al. Perioperative nivolumab in resectable lung cancer. N Engl J Med 2024",
        "2024", Some("https://doi.org/10.1056/NEJMoa2311926");
    /// IMpower010: atezolizumab after surgery and chemotherapy.
    Felip2021 = "felip2021", "Felip et al., 2021 (IMpower010)",
        "Felip E, et al. Adjuvant atezolizumab after adjuvant chemotherapy in resected stage IB-IIIA non-small-cell lung cancer (IMpower010). Lancet 2021;398:1344-1357",
        "2021", Some("https://doi.org/10.1016/S0140-6736(21)02098-5");
    /// PEARLS/KEYNOTE-091: pembrolizumab after surgery (and chemotherapy where given).
    OBrien2022 = "obrien2022", "O'Brien et al., 2022 (PEARLS/KEYNOTE-091)",
        "O'Brien M, Paz-Ares L, Marreaud S, et al. Pembrolizumab versus placebo as adjuvant therapy for completely resected stage IB-IIIA non-small-cell lung cancer (PEARLS/KEYNOTE-091): an interim analysis of a randomised, triple-blind, phase 3 trial. Lancet Oncol 2022;23(10):1274-1286",
        "2022", Some("https://doi.org/10.1016/S1470-2045(22)00518-6");
    /// ADAURA: osimertinib after surgery, EGFR-mutant.
    Wu2020 = "wu2020", "Wu et al., 2020 (ADAURA)",
        "Wu YL, et al. Osimertinib in resected EGFR-mutated non-small-cell lung cancer. N Engl J Med 2020;383:1711-1723",
        "2020", Some("https://doi.org/10.1056/NEJMoa2027071");
    /// ALINA: alectinib after surgery, ALK-positive.
    Wu2024 = "wu2024", "Wu et al., 2024 (ALINA)",
        "Wu YL, et al. Alectinib in resected ALK-positive non-small-cell lung cancer. N Engl J Med 2024;390:1265-1276",
        "2024", Some("https://doi.org/10.1056/NEJMoa2310532");
    /// PACIFIC: durvalumab after chemoradiation, stage III.
    Antonia2017 = "antonia2017", "Antonia et al., 2017 (PACIFIC)",
        "Antonia SJ, et al. Durvalumab after chemoradiotherapy in stage III non-small-cell lung cancer. N Engl J Med 2017;377:1919-1929",
        "2017", Some("https://doi.org/10.1056/NEJMoa1709937");
    /// LAURA: osimertinib after chemoradiation, EGFR-mutant stage III.
    Lu2024 = "lu2024", "Lu et al., 2024 (LAURA)",
        "Lu S, et al. Osimertinib after chemoradiotherapy in stage III EGFR-mutated NSCLC. N Engl J Med 2024;391:585-597",
        "2024", Some("https://doi.org/10.1056/NEJMoa2402614");
    /// ADRIATIC: durvalumab after chemoradiation, limited-stage small cell.
    Cheng2024 = "cheng2024", "Cheng et al., 2024 (ADRIATIC)",
        "Cheng Y, et al. Durvalumab after chemoradiotherapy in limited-stage small-cell lung cancer. N Engl J Med 2024;391:1313-1327",
        "2024", Some("https://doi.org/10.1056/NEJMoa2404873");
    /// IMpower133: atezolizumab with first chemotherapy, extensive small cell.
    Horn2018 = "horn2018", "Horn et al., 2018 (IMpower133)",
        "Horn L, et al. First-line atezolizumab plus chemotherapy in extensive-stage small-cell lung cancer. N Engl J Med 2018;379:2220-2229",
        "2018", Some("https://doi.org/10.1056/NEJMoa1809064");
    /// CASPIAN: durvalumab with platinum-etoposide, extensive small cell.
    PazAres2019 = "pazares2019", "Paz-Ares et al., 2019 (CASPIAN)",
        "Paz-Ares L, Dvorkin M, Chen Y, et al. Durvalumab plus platinum-etoposide versus platinum-etoposide in first-line treatment of extensive-stage small-cell lung cancer (CASPIAN): a randomised, controlled, open-label, phase 3 trial. Lancet 2019;394(10212):1929-1939",
        "2019", Some("https://doi.org/10.1016/S0140-6736(19)32222-6");
    /// Early palliative care in metastatic NSCLC.
    Temel2010 = "temel2010", "Temel et al., 2010",
        "Temel JS, et al. Early palliative care for patients with metastatic non-small-cell lung cancer. N Engl J Med 2010;363:733-742",
        "2010", Some("https://doi.org/10.1056/NEJMoa1000678");
    /// MARS 2: extended pleurectomy/decortication with chemotherapy against chemotherapy alone.
    Lim2024 = "lim2024", "Lim et al., 2024 (MARS 2)",
        "Lim E, Waller D, Lau K, et al. Extended pleurectomy decortication and chemotherapy versus chemotherapy alone for pleural mesothelioma (MARS 2): a phase 3 randomised controlled trial. Lancet Respir Med 2024;12(6):457-466",
        "2024", Some("https://doi.org/10.1016/S2213-2600(24)00119-X");
    /// Pleural mesothelioma, 9th edition: clinical T by CT thickness and the stage groups. The
    /// NDRS sheet transcribes UICC TNM 9; VistA's table agrees cell for cell.
    Meso9 = "meso9", "UICC TNM 9, 2025 (via NHS England NDRS)",
        "UICC TNM Classification of Malignant Tumours, 9th edition (2025), pleural mesothelioma (pp. 114-117), as transcribed by NHS England National Disease Registration Service, cancer staging guidance sheet Pleural mesothelioma (ICD10 C38.4), TNM 9; stage table cross-checked cell for cell against the US Department of Veterans Affairs VistA oncology package (WorldVistA/VistA-M, tag V379, pleural mesothelioma 9th edition V9)",
        "2025", Some("https://digital.nhs.uk/ndrs/data/cancer-data-training-materials/staging-sheets-v9/pleural-mesothelioma");
    /// SEER extent-of-disease coding, pleural mesothelioma V9: the Psum and Fmax definitions,
    /// the clinical T codes and the node and metastasis tables.
    SeerEodMeso9 = "seer-eod-meso9", "SEER EOD Pleural Mesothelioma V9, 2025",
        "SEER Extent of Disease, schema pleural_mesothelioma_v9_2025, Pleural Mesothelioma [V9: 2025+] (eod_public 3.3, tables eod_primary_tumor_v9_52408, eod_regional_nodes_v9_57286 and eod_mets_v9_3184, last modified 2025-11-14, imsweb/staging-client-java), citing the AJCC Version 9 chapter Diffuse Pleural Mesothelioma (2025)",
        "2025", Some("https://github.com/imsweb/staging-client-java");
    /// ASCO mesothelioma guideline: no maximal surgical cytoreduction for sarcomatoid disease
    /// (strong recommendation; read in the guideline's published summary).
    Kindler2018 = "kindler2018", "Kindler et al., 2018 (ASCO)",
        "Kindler HL, Ismaila N, Armato SG 3rd, et al. Treatment of malignant pleural mesothelioma: American Society of Clinical Oncology clinical practice guideline. J Clin Oncol 2018;36(13):1343-1373",
        "2018", Some("https://doi.org/10.1200/JCO.2017.76.6394");
    /// CheckMate 743: first-line nivolumab with ipilimumab against chemotherapy.
    Baas2021 = "baas2021", "Baas et al., 2021 (CheckMate 743)",
        "Baas P, Scherpereel A, Nowak AK, et al. First-line nivolumab plus ipilimumab in unresectable malignant pleural mesothelioma (CheckMate 743): a multicentre, randomised, open-label, phase 3 trial. Lancet 2021;397(10272):375-386",
        "2021", Some("https://doi.org/10.1016/S0140-6736(20)32714-8");
    /// SEER Cancer Stat Facts, lung and bronchus (read in agreeing copies).
    SeerStatFacts = "seer-statfacts", "SEER Cancer Stat Facts: Lung and Bronchus",
        "National Cancer Institute, SEER Cancer Stat Facts: Lung and Bronchus Cancer (SEER 21 excluding Illinois, diagnosed 2016-2022)",
        "2025", Some("https://seer.cancer.gov/statfacts/html/lungb.html");
    /// SEER Cancer Statistics Review: small cell survival, all stages.
    SeerCsr2018 = "seer-csr", "SEER CSR 1975-2015",
        "Noone AM, et al. (eds). SEER Cancer Statistics Review 1975-2015, National Cancer Institute, Table 15.13 (small cell lung cancer)",
        "2018", Some("https://seer.cancer.gov/csr/1975_2015/");
    /// ACS and Cancer Research UK symptom lists.
    SymptomSources = "acs-cruk-symptoms", "ACS; Cancer Research UK",
        "American Cancer Society, Signs and Symptoms of Lung Cancer; Cancer Research UK, Symptoms of secondary cancer (read in quoted copies)",
        "undated", None;
    /// Cancer Research UK: spinal cord compression and high calcium.
    CrukEmergencies = "cruk-emergencies", "Cancer Research UK",
        "Cancer Research UK, Spinal cord compression; High calcium in people with cancer",
        "undated", Some("https://www.cancerresearchuk.org/about-cancer/coping/physically");
    /// NCI PDQ Cardiopulmonary Syndromes: breathlessness, effusions, SVC syndrome.
    PdqCardiopulmonary = "pdq-cardiopulmonary", "NCI PDQ Cardiopulmonary Syndromes",
        "NCI PDQ Cardiopulmonary Syndromes (Patient Version): breathlessness, pleural and pericardial effusion, superior vena cava syndrome",
        "undated", Some("https://www.cancer.gov/about-cancer/treatment/side-effects/cardiopulmonary-pdq");
}

impl SourceId {
    /// The source with its full citation and address, as the JSON report gives it.
    pub const fn full(self) -> FullSource {
        let Source { id, short, year } = self.source();
        FullSource {
            id,
            short,
            title: self.title(),
            year,
            url: self.url(),
        }
    }
}

/// The short citations of `sources`, joined: "AJCC 8th ed., 2017; Rami-Porta et al., 2024".
/// A short citation that names two publishers ("ACS; Cancer Research UK") shares them with
/// the others, so each name is written once.
pub fn cite(sources: &[SourceId]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for name in sources.iter().flat_map(|s| s.source().short.split("; ")) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join("; ")
}

impl Serialize for SourceId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// Sites that copy or summarise health content: never a source (docs/clinical-decisions.md);
/// the tests of the sources and of the texts file check against it.
#[cfg(test)]
pub(crate) const AGGREGATORS: &[&str] = &[
    "medicinenet",
    "verywell",
    "webmd",
    "healthline",
    "emedicinehealth",
    "fynefettle",
    "gwinnettlung",
    "statista",
    "gitnux",
    "drugs.com",
    "mesothelioma-line",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_has_a_year_and_a_unique_code() {
        let mut codes: Vec<&str> = SourceId::ALL.iter().map(|s| s.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), SourceId::ALL.len());
        for id in SourceId::ALL {
            let source = id.source();
            assert_eq!(source.id, *id);
            let year_ok = source.year == "undated"
                || (source.year.len() == 4 && source.year.bytes().all(|b| b.is_ascii_digit()));
            assert!(year_ok, "{}: {}", source.short, source.year);
            assert!(!id.title().is_empty());
        }
    }

    #[test]
    fn every_area_has_a_check_date_and_last_reviewed_is_the_latest() {
        let dates: Vec<&str> = Area::ALL.iter().map(|a| a.checked()).collect();
        for d in &dates {
            let b = d.as_bytes();
            assert!(d.len() == 10 && b[4] == b'-' && b[7] == b'-', "{d}");
        }
        assert_eq!(dates.iter().max(), Some(&LAST_REVIEWED));
        for (id, _, date) in CITATION_CHECKS {
            assert!(
                date.len() == 10 && id.url().is_some_and(|u| u.starts_with("https://doi.org/")),
                "{id:?}"
            );
        }
    }

    #[test]
    fn no_source_is_an_aggregator() {
        for id in SourceId::ALL {
            let s = id.full();
            let text =
                format!("{} {} {}", s.short, s.title, s.url.unwrap_or_default()).to_lowercase();
            for a in AGGREGATORS {
                assert!(!text.contains(a), "{}: {a}", s.short);
            }
        }
    }
}

#[cfg(test)]
mod cite_tests {
    use super::*;

    #[test]
    fn each_publisher_is_named_once() {
        let all: Vec<SourceId> = SourceId::ALL.to_vec();
        let cited = cite(&all);
        let names: Vec<&str> = cited.split("; ").collect();
        for name in &names {
            assert_eq!(names.iter().filter(|n| *n == name).count(), 1, "{name}");
        }
        assert_eq!(cite(&[SourceId::Ajcc8]), SourceId::Ajcc8.source().short);
    }
}
