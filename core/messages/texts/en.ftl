# LungStage's long texts, English: stage meanings, definitions, treatment, symptoms, notes and
# survival captions. The source of the English: the core reads its texts from this file
# (`lungstage::deferred::english`), so edit the English here. A translation is `<lang>.ftl`
# beside this file, with every id of it and no other (docs/translation.md). `{ $first }`,
# `{ $second }`: values the widget fills in, kept in their order.

## caveat

caveat--iaslc = The IASLC database holds mostly people treated with surgery, from a few regions of the world.
caveat--survival = These figures describe groups of people diagnosed years ago and cannot predict one person's outcome; treatment has improved since. Relative survival compares people with the cancer with people of the same age without it; overall survival counts deaths from any cause.

## checked

checked--all = Staging tables and stage meanings last checked against their sources on 2026-12-01. Survival figures last checked against their sources on 2026-12-01. Treatment texts last checked against their sources on 2026-12-01. Symptom lists last checked against their sources on 2026-12-01.
checked--staging = Staging tables and stage meanings last checked against their sources on 2026-12-01.
checked--survival = Survival figures last checked against their sources on 2026-12-01.
checked--symptoms = Symptom lists last checked against their sources on 2026-12-01.
checked--treatment = Treatment texts last checked against their sources on 2026-12-01.

## definition

definition--lung8--m0 = no distant spread
definition--lung8--m1 = distant spread
definition--lung8--m1a = a nodule in the other lung, nodules on the pleura or pericardium, or fluid with cancer cells around the lung or heart
definition--lung8--m1b = a single metastasis outside the chest, in one organ
definition--lung8--m1c = several metastases outside the chest, in one or several organs
definition--lung8--n0 = no cancer in the regional lymph nodes
definition--lung8--n1 = nodes in the lung or at its root (hilum), on the tumour's side
definition--lung8--n2 = nodes in the middle of the chest (mediastinum) on the tumour's side, or below the carina
definition--lung8--n3 = nodes on the other side of the chest, or above the collarbone (scalene or supraclavicular)
definition--lung8--nx = the regional lymph nodes cannot be assessed
definition--lung8--t0 = no sign of a main tumour
definition--lung8--t1 = at most 3 cm, within the lung, not reaching the main bronchus
definition--lung8--t1a = at most 1 cm, or a superficial spreading tumour confined to the bronchial wall
definition--lung8--t1b = over 1 cm and at most 2 cm
definition--lung8--t1c = over 2 cm and at most 3 cm
definition--lung8--t1mi = minimally invasive adenocarcinoma: at most 3 cm, invading 0.5 cm or less
definition--lung8--t2 = over 3 cm and at most 5 cm, or reaching the main bronchus or the visceral pleura, or a collapse reaching the hilum
definition--lung8--t2a = over 3 cm and at most 4 cm, or a T2 finding with a size of at most 4 cm or not known
definition--lung8--t2b = over 4 cm and at most 5 cm
definition--lung8--t3 = over 5 cm and at most 7 cm, or invading the chest wall, parietal pleura, phrenic nerve or parietal pericardium, or a separate nodule in the same lobe
definition--lung8--t4 = over 7 cm, or invading a structure such as the diaphragm, mediastinum, heart, great vessels, trachea, oesophagus or spine, or a separate nodule in another lobe on the same side
definition--lung8--tx = the main tumour cannot be assessed, or is known only from cancer cells in sputum or washings
definition--lung8--tis = carcinoma in situ: cancer cells that have not invaded (AIS or SCIS)
definition--lung9--m0 = no distant spread
definition--lung9--m1 = distant spread
definition--lung9--m1a = a nodule in the other lung, nodules on the pleura or pericardium, or fluid with cancer cells around the lung or heart
definition--lung9--m1b = a single metastasis outside the chest, in one organ
definition--lung9--m1c = several metastases outside the chest: M1c1 if in one organ system, M1c2 if in several
definition--lung9--m1c1 = several metastases outside the chest, in one organ system
definition--lung9--m1c2 = metastases outside the chest in several organ systems
definition--lung9--n0 = no cancer in the regional lymph nodes
definition--lung9--n1 = nodes in the lung or at its root (hilum), on the tumour's side
definition--lung9--n2 = nodes in the middle of the chest on the tumour's side: N2a if one station, N2b if several
definition--lung9--n2a = a single mediastinal or subcarinal station on the tumour's side
definition--lung9--n2b = several mediastinal stations on the tumour's side
definition--lung9--n3 = nodes on the other side of the chest, or above the collarbone (scalene or supraclavicular)
definition--lung9--nx = the regional lymph nodes cannot be assessed
definition--lung9--t0 = no sign of a main tumour
definition--lung9--t1 = at most 3 cm, within the lung, not reaching the main bronchus
definition--lung9--t1a = at most 1 cm, or a superficial spreading tumour confined to the bronchial wall
definition--lung9--t1b = over 1 cm and at most 2 cm
definition--lung9--t1c = over 2 cm and at most 3 cm
definition--lung9--t1mi = minimally invasive adenocarcinoma: at most 3 cm, invading 0.5 cm or less
definition--lung9--t2 = over 3 cm and at most 5 cm, or reaching the main bronchus or the visceral pleura, or a collapse reaching the hilum
definition--lung9--t2a = over 3 cm and at most 4 cm, or a T2 finding with a size of at most 4 cm or not known
definition--lung9--t2b = over 4 cm and at most 5 cm
definition--lung9--t3 = over 5 cm and at most 7 cm, or invading the chest wall, parietal pleura, phrenic nerve or parietal pericardium, or a separate nodule in the same lobe
definition--lung9--t4 = over 7 cm, or invading a structure such as the diaphragm, mediastinum, heart, great vessels, trachea, oesophagus or spine, or a separate nodule in another lobe on the same side
definition--lung9--tx = the main tumour cannot be assessed, or is known only from cancer cells in sputum or washings
definition--lung9--tis = carcinoma in situ: cancer cells that have not invaded (AIS or SCIS)
definition--meso8--m0 = no distant spread
definition--meso8--m1 = distant spread
definition--meso8--n0 = no cancer in the regional lymph nodes
definition--meso8--n1 = nodes within the chest on the tumour's side
definition--meso8--n2 = nodes on the other side of the chest, or above the collarbone
definition--meso8--nx = the regional lymph nodes cannot be assessed
definition--meso8--t0 = no sign of a main tumour
definition--meso8--t1 = on the pleura of one side only (the chest-wall lining, with or without the lung's)
definition--meso8--t2 = on every pleural surface of one side, and into the diaphragm muscle or the lung
definition--meso8--t3 = locally advanced but possibly removable: into the chest-wall fascia, mediastinal fat, one spot of the chest wall, or the pericardium without going through it
definition--meso8--t4 = locally advanced and not removable: spread widely into the chest wall, through the diaphragm, to the other side, into mediastinal organs or the spine, or through the pericardium
definition--meso8--tx = the main tumour cannot be assessed
definition--meso9--m0 = no distant spread
definition--meso9--m1 = distant spread
definition--meso9--n0 = no cancer in the regional lymph nodes
definition--meso9--n1 = nodes within the chest on the tumour's side
definition--meso9--n2 = nodes on the other side of the chest, or above the collarbone
definition--meso9--nx = the regional lymph nodes cannot be assessed
definition--meso9--t0 = no sign of a main tumour
definition--meso9--t1 = thin on CT: Psum at most 12 mm and Fmax at most 5 mm
definition--meso9--t2 = Psum at most 12 mm with Fmax over 5 mm, mediastinal fat or one chest-wall focus; or Psum over 12 mm and at most 30 mm
definition--meso9--t3 = Psum over 30 mm
definition--meso9--t4 = grown widely into the chest wall, or into a rib, mediastinal organs or the spine, through the diaphragm or pericardium, to the other side, or a malignant pericardial effusion; any thickness
definition--meso9--tx = the main tumour cannot be assessed

## hint

hint--fmax = On CT: the greatest thickness of tumour along a fissure, on sagittal images; 0 if none. Needed only when Psum is 12 mm or less and neither minor feature is ticked.
hint--psum = On CT: in each third of the chest (upper, middle, lower, divided at the top of the aortic arch and the top of the atria), the greatest pleural thickness on axial images along the chest wall or mediastinum; Psum adds the three.

## meaning

meaning--lung8--0 = Cancer that has not invaded: an adenocarcinoma in situ of up to 3 cm, or squamous carcinoma in situ (any size) in an airway's lining.
meaning--lung8--i = A tumour of up to 3 cm with no spread; the exact substage depends on its size.
meaning--lung8--ia = A tumour of up to 3 cm with no spread; the exact substage depends on its size.
meaning--lung8--ia1 = A tumour of 1 cm or less, a minimally invasive adenocarcinoma, or a thin tumour of any size spreading only along an airway wall. No spread.
meaning--lung8--ia2 = A small tumour of more than 1 cm and up to 2 cm, with no spread.
meaning--lung8--ia3 = A tumour of more than 2 cm and up to 3 cm, with no spread.
meaning--lung8--ib = A tumour of more than 3 cm and up to 4 cm, or a smaller one that reaches a main airway, grows into the lung's lining, or blocks an airway so that part or all of the lung collapses or becomes inflamed. No lymph nodes.
meaning--lung8--ii = The cancer has grown or spread to nearby lymph nodes, but not beyond the chest.
meaning--lung8--iia = A tumour of more than 4 cm and up to 5 cm, with no lymph nodes involved.
meaning--lung8--iib = A tumour of up to 5 cm that has reached lymph nodes in or at the root of the lung on the same side; or a larger (5 to 7 cm) or locally invasive tumour, or one with a second nodule in the same lobe, without lymph nodes.
meaning--lung8--iiia = Still within the chest: a tumour of up to 5 cm with same-side mid-chest nodes; a T3 tumour (5 to 7 cm, locally invasive, or a second nodule in its lobe) with nodes in or at the root of the lung; or a T4 tumour (over 7 cm or grown into a major structure) with such nodes or none.
meaning--lung8--iiib = Within the chest: a tumour of up to 5 cm with nodes on the other side of the chest or above the collarbone, or a T3 or T4 tumour (over 5 cm, locally invasive, or with another nodule in the same lung) with same-side mid-chest nodes.
meaning--lung8--iiic = A large or locally invasive tumour that has also reached lymph nodes on the other side of the chest or above the collarbone. It has not spread to distant organs.
meaning--lung8--iv = The cancer has spread to distant parts of the body (metastatic lung cancer).
meaning--lung8--iva = The cancer has spread within the chest (to the other lung, or to the lining or fluid around the lungs or heart), or to one single spot outside the chest.
meaning--lung8--ivb = The cancer has spread to several places outside the chest, either in one organ or in several organs.
meaning--lung8--occult = Cancer cells were found, for example in coughed-up mucus or airway washings, but no tumour can be seen on scans or through a scope.
meaning--lung9--0 = Cancer that has not invaded: an adenocarcinoma in situ of up to 3 cm, or squamous carcinoma in situ (any size) in an airway's lining.
meaning--lung9--i = A tumour of up to 3 cm with no spread; the exact substage depends on its size.
meaning--lung9--ia = A tumour of up to 3 cm with no spread; the exact substage depends on its size.
meaning--lung9--ia1 = A tumour of 1 cm or less, a minimally invasive adenocarcinoma, or a thin tumour of any size spreading only along an airway wall. No spread.
meaning--lung9--ia2 = A small tumour of more than 1 cm and up to 2 cm, with no spread.
meaning--lung9--ia3 = A tumour of more than 2 cm and up to 3 cm, with no spread.
meaning--lung9--ib = A tumour of more than 3 cm and up to 4 cm, or a smaller one that reaches a main airway, grows into the lung's lining, or blocks an airway so that part or all of the lung collapses or becomes inflamed. No lymph nodes.
meaning--lung9--ii = The cancer has grown or spread to nearby lymph nodes, but not beyond the chest.
meaning--lung9--iia = A tumour of more than 4 cm and up to 5 cm with no lymph nodes involved, or a tumour of up to 3 cm that has reached lymph nodes in or at the root of the lung on the same side.
meaning--lung9--iib = Nodes in or at the root of the lung with a T2 tumour (over 3 cm up to 5 cm, or reaching a main airway or the lung's lining); a T3 tumour (5 to 7 cm, locally invasive, or a second nodule in its lobe) without nodes; or one group of same-side mid-chest nodes with a small (T1) tumour.
meaning--lung9--iiia = Still within the chest: a T3 tumour (5 to 7 cm, locally invasive, or a second nodule in its lobe) with nodes in or at the root of the lung; a T4 tumour (over 7 cm or grown into a major structure) with such nodes or none; or same-side mid-chest nodes, several groups with a T1 tumour or one group with a T2 or T3 tumour.
meaning--lung9--iiib = Within the chest: nodes on the other side or above the collarbone with a T1 or T2 tumour; several groups of same-side mid-chest nodes with a T2 or T3 tumour; or any mid-chest nodes with a very large or invasive (T4) tumour.
meaning--lung9--iiic = A large or locally invasive tumour that has also reached lymph nodes on the other side of the chest or above the collarbone. It has not spread to distant organs.
meaning--lung9--iv = The cancer has spread to distant parts of the body (metastatic lung cancer).
meaning--lung9--iva = The cancer has spread within the chest (to the other lung, or to the lining or fluid around the lungs or heart), or to one single spot outside the chest.
meaning--lung9--ivb = The cancer has spread to several places outside the chest, either in one organ or in several organs.
meaning--lung9--occult = Cancer cells were found, for example in coughed-up mucus or airway washings, but no tumour can be seen on scans or through a scope.
meaning--meso8--ia = 8th edition: the cancer is in the lining of the chest on one side and has not reached lymph nodes.
meaning--meso8--ib = 8th edition: the cancer covers the chest lining on that whole side and has grown into the diaphragm, the lung, the fat in the middle of the chest, the inner chest wall or the outer heart sac, without lymph nodes.
meaning--meso8--ii = 8th edition: an early or moderately grown cancer that has reached lymph nodes on the same side of the chest.
meaning--meso8--iiia = 8th edition: a cancer grown into nearby tissue (such as the fat in the middle of the chest) with lymph nodes on the same side.
meaning--meso8--iiib = 8th edition: the cancer has reached lymph nodes on the other side of the chest or above a collarbone, or has grown widely into the chest wall, through the diaphragm, to the other side, into the spine, or through the heart sac.
meaning--meso8--iv = 8th edition: the cancer has spread to distant parts of the body.
meaning--meso9--i = 9th edition: a thin cancer in the lining of the chest on one side (12 mm or less in total on CT, 5 mm or less along the fissures), with no lymph nodes.
meaning--meso9--ii = 9th edition: a thin cancer that has reached lymph nodes on the same side, or a thicker one (up to 30 mm in total) with no lymph nodes.
meaning--meso9--iiia = 9th edition: a cancer over 30 mm thick in total, whatever the lymph nodes; a thicker one with lymph nodes; or a thin one with lymph nodes on the other side of the chest or above a collarbone.
meaning--meso9--iiib = 9th edition: the cancer has grown widely into the chest wall or a rib, through the diaphragm, to the other side, into organs in the middle of the chest or the spine, or through the heart sac, whatever the lymph nodes.
meaning--meso9--iv = 9th edition: the cancer has spread to distant parts of the body.

## note

note--adrenals = In the 9th edition both adrenal glands together count as one organ system.
note--chest-wall = SEER counts chest-wall invasion as regional, but invasion of a rib, the sternum or skeletal muscle as distant.
note--distant-nodes = Supraclavicular and scalene nodes are regional (N3), not metastases: enter them as station 1R or 1L. Axillary, other neck and abdominal nodes are distant.
note--effusion = An effusion counts only when it is malignant: if repeated tests find no cancer cells, the fluid is neither bloody nor an exudate, and clinical judgement finds it unrelated to the tumour, it is left out of staging.
note--great-vessels = SEER counts the aorta, pulmonary vessels and superior vena cava as regional, but the inferior vena cava as distant.
note--inferred-ninth-cell = The 9th edition did not list this cell as changed, so it keeps its 8th-edition group ("all other stage categories remain unchanged").
note--m1-without-subcategory = M1 without a subcategory: stage IV, but IVA or IVB depends on whether the spread is within the chest or a single lesion (M1a, M1b: IVA) or several lesions outside the chest (M1c: IVB).
note--meso8-ninth-feature = Rib invasion and a malignant pericardial effusion are listed only in the 9th edition, so the 8th-edition T does not use them: choose the 8th-edition finding that describes the tumour.
note--meso8-thickness = The CT thickness (Psum, Fmax) sets the clinical T only in the 9th edition: it is kept, but the 8th-edition T is set by the structures involved.
note--meso9-eighth-descriptor = Some findings entered are 8th-edition descriptors: the 9th-edition clinical T is set by CT thickness and the listed invasion features, so they are not used here (they still count in the 8th edition).
note--meso9-minor-thick = Invasion of the mediastinal fat or a single focus in the chest-wall soft tissue makes a thin tumour cT2 only when Psum is 12 mm or less; over 12 mm it does not change the clinical T.
note--meso9-nodes = N keeps its 8th-edition meaning: SEER's 9th-edition node codes for mesothelioma are the same as its 8th-edition ones; the 9th-edition N wording itself has not been read.
note--meso9-pathological = No primary source we could read confirms the 9th-edition pathological stage groups for pleural mesothelioma, so this pathological case is staged with the 8th-edition table and its pT descriptors.
note--meso9-t3-nx = The 9th-edition table reads "T3, any N", which includes NX; the VA's VistA oncology package gives T3 NX M0 no group.
note--mesothelioma-tx-n2 = SEER's derivation gives IIIB here because every listed T with N2 is IIIB; the AJCC table itself defines no group, which is what we follow.
note--occult = Occult carcinoma means cancer cells were found (for example in sputum or bronchial washings) but no tumour is seen on imaging or bronchoscopy. If T is X only because the tumour could not be assessed, SEER records the stage as unknown instead.
note--sclc-limited = Limited stage means all the disease fits within one radiation field that can be given safely. No definition is universally accepted: pleural effusion, a very large tumour or nodes above the opposite collarbone have been counted as limited by some groups and extensive by others.
note--seer-distant = SEER's "distant" is not the same as AJCC stage IV: SEER also counts opposite-side or supraclavicular nodes, a nodule in another lobe and some invaded structures as distant.
note--seer-stage-iii = SEER's derivation of the AJCC 8th table records this combination as stage III without a subgroup; the AJCC table itself defines no group, which is what we follow.
note--skeleton = In the 9th edition the whole skeleton counts as one organ system, however many bones are involved.
note--station-7 = Sources differ on the subcarinal station 7 plus one other station: the IASLC definition counts two stations (N2b), which we follow, while SEER's 9th-edition coding puts "one mediastinal station with or without station 7" in one code, which would suggest N2a.
note--t1-without-subcategory = T1 without a subcategory: stage IA, but IA1, IA2 or IA3 depends on the size (T1a, T1b, T1c).
note--t1mi-with-nodes = The table lists T1mi only with N0; as a T1 subcategory it takes the T1 group here (SEER's 8th-edition derivation does the same).
note--tis-metastatic = The AJCC table groups any T with distant metastasis as stage IV and lists Tis among "any T"; SEER's derivation leaves carcinoma in situ with metastasis unstaged.
note--treatment-not-at-diagnosis = The usual approach by stage is written for a cancer at diagnosis (a clinical or pathological stage). A stage given after treatment has begun (yc, yp), at a recurrence (r) or at autopsy (a) does not choose a treatment on its own: the care team plans from the whole history, so no approach is shown here.

## survival

survival--iaslc--case = This case, { $first }: { $second } 5-year overall survival.
survival--iaslc--eighth-of-ninth = In the 8th edition this case is { $first }: { $second } of people at that stage were alive 5 years later (5-year overall survival).
survival--iaslc--histology = The IASLC figures are for non-small cell lung cancer, so they are not shown for { $first }.
survival--iaslc--no-group = This case has no stage group with an IASLC figure, so no bar is marked.
survival--iaslc--not-clinical = The IASLC figures are by clinical stage, so none is shown for a { $first } stage.
survival--iaslc--not-verified = IIIC, IVA and IVB are left out: we could not read their figures in the published paper.
survival--sclc = Small cell, all stages together: { $first } Figures by stage are not shown: we could not read them in a primary source.
survival--seer--distant-m0 = SEER counts this case as distant ({ $first }), although the TNM stage is { $second } with no spread to other organs. Its distant figure is mostly about cancer that has spread to other organs, so it is not shown as this case's.
survival--seer--histology--carcinoid = The SEER figures for all lung cancers are not shown: carcinoid tumours do much better than other lung cancers.
survival--seer--histology--mesothelioma = The SEER lung cancer figures are not shown: pleural mesothelioma is not a lung cancer.
survival--seer--histology--sclc = The SEER figures by summary stage are for all lung cancers together, mostly non-small cell, so they are not shown for small cell lung cancer.
survival--seer--no-row = There is no SEER figure for the summary stage “{ $first }”.
survival--seer--not-at-diagnosis = The SEER figures describe people by their stage at diagnosis, so none is shown for a { $first } stage.

## symptoms

symptoms--adrenal--1 = if both glands stop making enough hormones: tiredness and weakness
symptoms--adrenal--2 = weight loss, feeling or being sick
symptoms--adrenal--3 = pain in the belly or back
symptoms--adrenal--4 = fever or confusion
symptoms--adrenal--lead = Spread to an adrenal gland often causes no symptoms at all and is found on a scan.
symptoms--bone--1 = bone pain, often in the back, hips, ribs or thighs
symptoms--bone--2 = bones that break more easily
symptoms--bone--3 = pressure on the spinal cord from spread to the spine
symptoms--bone--4 = a high calcium level in the blood, which can cause dehydration and confusion
symptoms--brain--1 = headaches, which can be severe and come with feeling or being sick
symptoms--brain--2 = dizziness or problems with balance
symptoms--brain--3 = changes in vision
symptoms--brain--4 = weakness or numbness in an arm or a leg
symptoms--brain--5 = fits (seizures)
symptoms--brain--6 = drowsiness or confusion
symptoms--distant-lymph-node--1 = a lump or swelling under the skin where the nodes are
symptoms--liver--1 = yellowing of the skin or the whites of the eyes (jaundice)
symptoms--liver--2 = a swollen belly
symptoms--liver--3 = pain or discomfort under the right ribs
symptoms--liver--4 = feeling sick, poor appetite and weight loss
symptoms--liver--5 = itchy skin
symptoms--liver--6 = dark urine or pale stools
symptoms--malignant-pericardial-effusion--1 = breathlessness
symptoms--malignant-pericardial-effusion--2 = chest pain or a feeling of pressure in the chest
symptoms--malignant-pericardial-effusion--lead = Fluid in the sac around the heart presses on it, so the heart cannot pump normally. If it builds up quickly it is an emergency: get help at once.
symptoms--malignant-pleural-effusion--1 = breathlessness, as the fluid stops the lung filling
symptoms--malignant-pleural-effusion--2 = a cough
symptoms--malignant-pleural-effusion--3 = chest pain

## treatment

treatment--meso-early = Treatment is usually with medicines through the whole body (immunotherapy or chemotherapy). Major surgery to strip the cancer from the chest lining is no longer routine: in a UK trial (MARS 2), people who had it with chemotherapy lived less long on average, and had more serious complications, than people who had chemotherapy alone. A specialist team may still discuss surgery with a few people.
treatment--meso-early--clinician = Treatment is usually with medicines through the whole body (immunotherapy or chemotherapy). Major surgery to strip the cancer from the chest lining is no longer routine: in a UK trial (MARS 2), people who had it with chemotherapy lived less long on average, and had more serious complications, than people who had chemotherapy alone. A specialist team may still discuss surgery with a few people.
treatment--meso-late = Treatment is usually with medicines through the whole body (immunotherapy or chemotherapy), with draining of fluid and radiation to ease symptoms.
treatment--meso-late--clinician = Treatment is usually with medicines through the whole body (immunotherapy or chemotherapy), with draining of fluid and radiation to ease symptoms.
treatment--meso-middle = Treatment is usually with medicines through the whole body (immunotherapy or chemotherapy), with radiation or draining of fluid to ease symptoms. Major surgery is not a routine choice: in the MARS 2 trial it did worse than chemotherapy alone.
treatment--meso-middle--clinician = Treatment is usually with medicines through the whole body (immunotherapy or chemotherapy), with radiation or draining of fluid to ease symptoms. Major surgery is not a routine choice: in the MARS 2 trial it did worse than chemotherapy alone.
treatment--meso-sarcomatoid = Sarcomatoid mesothelioma: an operation to remove the cancer is not offered, as guidelines advise against it for this type. Treatment is with medicines through the whole body; in a large trial (CheckMate 743), a pair of immunotherapy medicines helped people live longer than chemotherapy did. Draining fluid and radiation can ease symptoms.
treatment--meso-sarcomatoid--clinician = Sarcomatoid histology: maximal surgical cytoreduction is not recommended (ASCO guideline). First-line nivolumab plus ipilimumab, which gave longer overall survival than chemotherapy in unresectable disease (CheckMate 743). Pleural drainage and palliative radiotherapy for symptoms.
treatment--nsclc-0 = Usually removed with a small operation; some are treated through a thin tube in the airway instead, for example with light, laser or freezing.
treatment--nsclc-0--clinician = Resection, usually limited; for a central airway lesion, bronchoscopic treatment (photodynamic therapy, laser or cryotherapy) instead.
treatment--nsclc-ia = Surgery, often removing the lobe, is the main treatment; precisely aimed radiation if an operation is not possible.
treatment--nsclc-ia--clinician = Resection, often lobectomy; stereotactic body radiotherapy (SBRT) when the patient cannot have surgery.
treatment--nsclc-ib = Surgery is the main treatment, or precisely aimed radiation if an operation is not possible. After surgery, a targeted drug is offered if the tumour has an EGFR change.
treatment--nsclc-ib--clinician = Resection, or SBRT when the patient cannot have surgery. After resection of EGFR-mutated disease, adjuvant osimertinib (ADAURA).
treatment--nsclc-ii = If the cancer can be removed, surgery is combined with medicines: chemotherapy with immunotherapy before it (often continued after it), or chemotherapy after it followed by immunotherapy. A tumour with an EGFR or ALK change gets a targeted drug after surgery instead of immunotherapy. If the cancer cannot be removed, chemotherapy and radiation.
treatment--nsclc-ii--clinician = Resectable: platinum-based chemotherapy with nivolumab before surgery (CheckMate 816), or perioperative chemo-immunotherapy with pembrolizumab (KEYNOTE-671), durvalumab (AEGEAN) or nivolumab (CheckMate 77T); or resection and adjuvant chemotherapy, then atezolizumab (IMpower010) or pembrolizumab (PEARLS/KEYNOTE-091). EGFR-mutated: adjuvant osimertinib (ADAURA); ALK-positive: adjuvant alectinib in place of chemotherapy (ALINA). Unresectable: chemoradiotherapy.
treatment--nsclc-iiib = Usually chemotherapy and radiation together, then immunotherapy for up to a year, or a targeted drug for a tumour with an EGFR change. Surgery is rarely the main treatment.
treatment--nsclc-iiib--clinician = Chemoradiotherapy, then consolidation durvalumab (PACIFIC); EGFR-mutated, osimertinib until progression instead (LAURA). Resection is rarely the primary treatment.
treatment--nsclc-iv = Medicines through the whole body, chosen by the tumour's tests: targeted drugs, immunotherapy, chemotherapy or a mix, to control the cancer, ease symptoms and lengthen life. Radiation can ease symptoms in one place.
treatment--nsclc-iv--clinician = Systemic therapy chosen by molecular profile and PD-L1: a targeted agent for an actionable alteration, otherwise immunotherapy alone or with chemotherapy. Palliative radiotherapy for symptomatic sites.
treatment--nsclc-iva = Medicines through the whole body, chosen by the tumour's tests: targeted drugs, immunotherapy, chemotherapy or a mix. When spread is limited to a few spots, surgery or radiation to each spot is sometimes added.
treatment--nsclc-iva--clinician = Systemic therapy chosen by molecular profile and PD-L1: a targeted agent for an actionable alteration, otherwise immunotherapy alone or with chemotherapy. Oligometastatic disease: local treatment (resection or radiotherapy) of every site in selected patients.
treatment--nsclc-n2 = Planned by a team. If the cancer can be removed, chemotherapy with immunotherapy comes before surgery, often continued after it. If not, chemotherapy and radiation are given together, then immunotherapy for up to a year, or a targeted drug for a tumour with an EGFR change.
treatment--nsclc-n2--clinician = Multidisciplinary decision. Resectable N2: platinum-based chemotherapy with nivolumab before surgery (CheckMate 816), or perioperative chemo-immunotherapy with pembrolizumab (KEYNOTE-671), durvalumab (AEGEAN) or nivolumab (CheckMate 77T). Unresectable: chemoradiotherapy, then consolidation durvalumab (PACIFIC); EGFR-mutated, osimertinib until progression instead (LAURA).
treatment--nsclc-resected = The cancer has been removed. Chemotherapy is usually offered after surgery, often followed by immunotherapy. A tumour with an EGFR change gets a targeted drug after surgery, and one with an ALK change a targeted drug in place of chemotherapy.
treatment--nsclc-resected--clinician = After complete resection: adjuvant platinum-based chemotherapy, then atezolizumab (IMpower010) or pembrolizumab (PEARLS/KEYNOTE-091). EGFR-mutated: adjuvant osimertinib (ADAURA); ALK-positive: adjuvant alectinib in place of chemotherapy (ALINA).
treatment--sclc-extensive = Chemotherapy with an immunotherapy drug, which then continues on its own. Radiation may be added to the chest or brain, or to ease symptoms.
treatment--sclc-extensive--clinician = Chemotherapy with atezolizumab (IMpower133), or platinum–etoposide with durvalumab (CASPIAN), then maintenance immunotherapy. Thoracic or cranial radiotherapy may be added, or palliative radiotherapy.
treatment--sclc-limited = Chemotherapy with radiation to the chest, then immunotherapy for up to 2 years if the cancer has not grown. Radiation to the head may be offered to prevent spread to the brain. Surgery only for a few small tumours without node spread.
treatment--sclc-limited--clinician = Chemoradiotherapy, then consolidation durvalumab for up to 2 years without progression (ADRIATIC). Prophylactic cranial irradiation may be offered. Resection only for a few small node-negative tumours.
treatment--support = Palliative care, which eases symptoms, can go alongside cancer treatment; started early in metastatic non-small cell lung cancer, it improved quality of life. Ask whether a clinical trial is open to you.
treatment--support--clinician = Refer to palliative care alongside oncological treatment: early palliative care improved quality of life in metastatic NSCLC (Temel 2010). Offer clinical trial enrolment where one is open.
treatment--testing-advanced = Before treatment the tumour is tested for gene changes (EGFR, ALK, ROS1, BRAF, KRAS, MET, RET, HER2 and others) and for the PD-L1 protein.
treatment--testing-advanced--clinician = Before first-line therapy: molecular testing (EGFR, ALK, ROS1, BRAF, KRAS, MET, RET, HER2 and others; Lindeman 2018) and a validated PD-L1 immunohistochemistry assay, reported as a percentage score, to select immune checkpoint inhibitors (Sholl 2024).
treatment--testing-early = Before treatment the tumour is tested for EGFR and ALK changes and for PD-L1: they decide which medicine is added to surgery or radiation.
treatment--testing-early--clinician = Test EGFR and ALK (adjuvant osimertinib, ADAURA; adjuvant alectinib, ALINA; osimertinib after chemoradiotherapy, LAURA) and PD-L1 (adjuvant atezolizumab, IMpower010; pembrolizumab, PEARLS/KEYNOTE-091) before systemic therapy is chosen.
