//! Where every rule, figure and statement comes from.

use serde::{Serialize, Serializer};

/// The date we last checked the sources below against our reference.
pub const LAST_REVIEWED: &str = "2026-11-26";

/// A cited source. `year` is the year of the version we used, or
/// "undated" when the copy we used carries no date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: SourceId,
    /// A short citation for inline use: "AJCC 8th ed., 2017".
    pub short: &'static str,
    /// The full citation.
    pub title: &'static str,
    pub year: &'static str,
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
            pub const ALL: &'static [SourceId] = &[$(SourceId::$id,)+];

            /// A stable short code, used in JSON.
            pub const fn code(self) -> &'static str {
                match self {
                    $( SourceId::$id => $code, )+
                }
            }

            pub const fn source(self) -> Source {
                match self {
                    $( SourceId::$id => Source {
                        id: SourceId::$id,
                        short: $short,
                        title: $title,
                        year: $year,
                        url: $url,
                    }, )+
                }
            }
        }
    };
}

sources! {
    /// AJCC 8th lung chapter, reprinted by NCI PDQ (clinical.md S1, S2).
    Ajcc8 = "ajcc8", "AJCC 8th ed., 2017",
        "AJCC Cancer Staging Manual, 8th edition (Springer, 2017), lung chapter, as reprinted in NCI PDQ Non-Small Cell Lung Cancer Treatment (Health Professional Version)",
        "2017", Some("https://www.cancer.gov/types/lung/hp/non-small-cell-lung-treatment-pdq");
    /// IASLC 9th-edition stage groups and the N2 split (S6).
    Iaslc9 = "iaslc9", "Rami-Porta et al., 2024",
        "Rami-Porta R, et al. IASLC Lung Cancer Staging Project: proposals for revision of the TNM stage groups in the forthcoming (ninth) edition. J Thorac Oncol 2024;19(7):1007-1027",
        "2024", None;
    /// IASLC 9th-edition M descriptors, M1c1 and M1c2 (S10).
    Iaslc9M = "iaslc9m", "Fong et al., 2024",
        "Fong KM, et al. Proposals for the revision of the M descriptors in the forthcoming ninth edition of the TNM classification of lung cancer. J Thorac Oncol 2024",
        "2024", Some("https://doi.org/10.1016/j.jtho.2024.01.019");
    /// The 9th-edition descriptor summary, including the listed structures (S8).
    RadiologyAssistant9 = "radassist9", "Radiology Assistant, 2025",
        "Mets O, Smithuis R. TNM classification 9th edition. The Radiology Assistant, 10 January 2025",
        "2025", Some("https://radiologyassistant.nl");
    /// SEER extent-of-disease coding, lung V9 (S11).
    SeerEodV9 = "seer-eod-v9", "SEER EOD Lung V9, 2025",
        "SEER Extent of Disease, schema Lung [V9: 2025+] (eod_public 3.3, imsweb/staging-client-java)",
        "2025", Some("https://github.com/imsweb/staging-client-java");
    /// SEER's derived AJCC 8th stage table (S3).
    SeerEod8 = "seer-eod8", "SEER EOD 3.0 TNM 8, 2019",
        "SEER EOD 3.0 table tnm8_path_stage_ubq, TNM 8 Path Stage Group (last modified 2019-04-05), imsweb/staging-client-java",
        "2019", Some("https://github.com/imsweb/staging-client-java");
    /// SEER Summary Stage 2018 for lung (S12).
    SeerSs2018 = "seer-ss2018", "SEER Summary Stage 2018",
        "SEER Summary Stage 2018, lung (tables ss2018_lung_41334 and summary_stage_rpa)",
        "2018", Some("https://github.com/imsweb/staging-client-java");
    /// NCI PDQ small cell staging: limited and extensive (S13).
    PdqSclc = "pdq-sclc", "NCI PDQ Small Cell Lung Cancer",
        "NCI PDQ Small Cell Lung Cancer Treatment (Health Professional Version), Stage Information (VA Lung Study Group definitions)",
        "2009", None;
    /// Mesothelioma 8th edition (S14, S15).
    Meso8 = "meso8", "Rusch et al., 2016 (AJCC 8th)",
        "Rusch VW, et al. IASLC Mesothelioma Staging Project: proposals for the M descriptors and for revision of the TNM stage groupings in the forthcoming (eighth) edition. J Thorac Oncol 2016;11(12):2112-2119; AJCC 8th edition chapter 37 via NCI PDQ Malignant Mesothelioma Treatment",
        "2016", Some("https://doi.org/10.1016/j.jtho.2016.09.124");
    /// Pleural mesothelioma, 9th edition: clinical T by CT thickness and the stage groups.
    Meso9 = "meso9", "UICC TNM 9, 2025 (NHS England NDRS sheet)",
        "UICC TNM Classification of Malignant Tumours, 9th edition (2025), pleural mesothelioma (pp. 114-117), as transcribed by NHS England National Disease Registration Service, cancer staging guidance sheet Pleural mesothelioma (ICD10 C38.4), TNM 9; stage table cross-checked cell for cell against the US Department of Veterans Affairs VistA oncology package (ONCSGA8C, 9th-edition mesothelioma)",
        "2025", Some("https://digital.nhs.uk/ndrs/data/cancer-data-training-materials/staging-sheets-v9/pleural-mesothelioma");
    /// SEER extent-of-disease coding, pleural mesothelioma V9 (AJCC Version 9, 2025+).
    SeerEodMeso9 = "seer-eod-meso9", "SEER EOD Pleural Mesothelioma V9, 2025",
        "SEER Extent of Disease, schema pleural_mesothelioma_v9_2025, Pleural Mesothelioma [V9: 2025+] (eod_public 3.3, last modified 2025-11-14, imsweb/staging-client-java), citing the AJCC Version 9 chapter Diffuse Pleural Mesothelioma (2025)",
        "2025", Some("https://github.com/imsweb/staging-client-java");
    /// IASLC's optional pathological N subgroups, pN1a to pN2b (8th edition).
    Asamura2015 = "asamura2015", "Asamura et al., 2015",
        "Asamura H, Chansky K, Crowley J, et al. The International Association for the Study of Lung Cancer Lung Cancer Staging Project: proposals for the revision of the N descriptors in the forthcoming 8th edition of the TNM classification for lung cancer. J Thorac Oncol 2015;10(12):1675-1684",
        "2015", Some("https://doi.org/10.1097/JTO.0000000000000678");
    /// UICC general rules: the (m) suffix and the G, L, V, Pn and R descriptors.
    Uicc8 = "uicc8", "UICC TNM 8th ed., 2017",
        "Brierley JD, Gospodarowicz MK, Wittekind C (eds). TNM Classification of Malignant Tumours, 8th edition. UICC; Wiley-Blackwell, 2017 (general rules and additional descriptors)",
        "2017", None;
    /// IASLC 8th-edition survival by clinical stage (clinical.md section 5d).
    Goldstraw2016 = "goldstraw2016", "IASLC, Goldstraw et al., 2016",
        "Goldstraw P, et al. The IASLC Lung Cancer Staging Project: proposals for revision of the TNM stage groupings in the forthcoming (eighth) edition of the TNM classification for lung cancer. J Thorac Oncol 2016;11(1):39-51",
        "2016", None;
    /// Data years of the IASLC 8th-edition database.
    RamiPorta2017 = "ramiporta2017", "Rami-Porta et al., 2017",
        "Rami-Porta R, Asamura H, Travis WD, Rusch VW. Lung cancer: major changes in the American Joint Committee on Cancer eighth edition cancer staging manual. CA Cancer J Clin 2017;67:138-155 (77,156 evaluable patients diagnosed 1999-2010)",
        "2017", None;
    /// NSCLC treatment by stage.
    PdqNsclcTreatment = "pdq-nsclc-treatment", "NCI PDQ NSCLC Treatment, c. 2018",
        "NCI PDQ Non-Small Cell Lung Cancer Treatment (Health Professional Version), treatment option overview by stage (revision of about 2018)",
        "2018", Some("https://www.cancer.gov/types/lung/hp/non-small-cell-lung-treatment-pdq");
    /// NSCLC treatment by stage, patient guideline.
    NccnPatients2018 = "nccn-patients-2018", "NCCN Guidelines for Patients, 2018",
        "NCCN Guidelines for Patients: Lung Cancer, Non-Small Cell (2018)",
        "2018", Some("https://www.nccn.org/patients/guidelines/lung-nsclc/29/index.html");
    /// Small cell treatment by stage.
    SclcTreatment = "sclc-treatment", "NCI PDQ Small Cell Lung Cancer, 2024; J Clin Oncol 2016",
        "NCI PDQ Small Cell Lung Cancer Treatment (Health Professional Version, 2024 revision); J Clin Oncol 2016;34(10):1027-1029 (editorial on first-line treatment of small cell lung cancer)",
        "2024", Some("https://www.cancer.gov/types/lung/hp/small-cell-lung-treatment-pdq");
    /// Immunotherapy with first-line chemotherapy in extensive-stage SCLC.
    CurrOncolRep2020 = "curr-oncol-rep-2020", "Current Oncology Reports, 2020",
        "First-line treatment of extensive-stage small cell lung cancer: review, Current Oncology Reports 2020 (IMpower133 and CASPIAN trials)",
        "2020", Some("https://link.springer.com/10.1007/s11912-020-0887-y");
    /// Mesothelioma treatment by extent.
    MesoTreatment = "meso-treatment", "ACS; BMJ Best Practice",
        "American Cancer Society, Treatment of malignant mesothelioma by extent of the cancer; BMJ Best Practice, Malignant pleural mesothelioma: management approach",
        "undated", Some("https://cancer.org/cancer/malignant-mesothelioma/treating/by-extent.html");
    /// ACS survival by SEER summary stage for NSCLC, 2010-2016 (S20).
    Acs2021 = "acs2021", "American Cancer Society, 2021 (SEER 2010-2016)",
        "American Cancer Society, Lung Cancer Survival Rates (2021 edition), from SEER data for people diagnosed 2010-2016; as cited by MedicineNet (reviewed 18 November 2021)",
        "2021", None;
    /// SEER Cancer Statistics Review, stage distribution of small cell (S27).
    SeerCsr2018 = "seer-csr", "SEER CSR 1975-2015",
        "SEER Cancer Statistics Review 1975-2015, Table 15.13 (small cell lung cancer, stage distribution, cases diagnosed 2008-2014)",
        "2018", Some("https://seer.cancer.gov/csr/1975_2015/");
    /// ACS and Cancer Research UK symptom lists (S25).
    SymptomSources = "acs-cruk-symptoms", "ACS; Cancer Research UK",
        "American Cancer Society, Signs and Symptoms of Lung Cancer; Cancer Research UK, symptoms of secondary cancer (as quoted by fynefettle.com and gwinnettlung.com; the copies are undated)",
        "undated", None;
    /// The patient article the product grew from.
    SourceArticle = "verywell", "Verywell Health",
        "Verywell Health, What Is Metastatic Lung Cancer? (patient article; its cited sources run to 2021)",
        "2021", None;
}

impl Serialize for SourceId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

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
            assert!(!source.title.is_empty());
        }
    }
}
