"""The whole-document mandate gold set, annotated by reading each text (see README.md).

Run ``python tests/eval/mandates/annotations_docs.py`` to regenerate docs.jsonl and
docs_holdout.jsonl; every locator is checked against the text when it runs.
"""

from __future__ import annotations

from annotations import cite, doc, fwd, neg, region, self_, skip, write

# --- Security Council resolutions (OCR texts) ------------------------------------------------

doc("corpus/en/SC_S-RES-364-1974.txt", "resolution", "S/RES/364(1974)")
fwd(
    "body",
    "UNFICYP",
    "the stationing in Cyprus of ⟦the United Nations Peace-keeping Force⟧, established",
    "extendedBy",
    para="4",
    until="1975-06-15",
)
cite(
    "body",
    "UNFICYP",
    "the stationing in Cyprus of ⟦the United Nations Peace-keeping Force⟧, established",
    "establishedBy",
    "S/RES/186(1964)",
    "Security Council resolution ⟦186 (1964)⟧, for a",
)
neg("S/RES/186(1964)", "Reaffirms its resolutions ⟦186 (1964)⟧", "reaffirming")
neg("S/RES/353(1974)", "Reaffirms also its resolutions ⟦353 (1974)⟧", "reaffirming")
neg(
    "A/RES/3212(XXIX)",
    "the text of resolution ⟦3212 (XXIX)⟧",
    "noting a letter transmitting a text",
)
neg("A/RES/3212(XXIX)", "Noting further that resolution ⟦3212 (XXIX)⟧", "noting")
neg("S/11568", "(⟦S/11568⟧)", "report noted")

doc("corpus/en/SC_S-RES-878-1993.txt", "resolution", "S/RES/878(1993)")
cite(
    "activity",
    None,
    "on the basis of the concrete ⟦suggestions to be submitted by the Secretary-General⟧",
    "requestedBy",
    "S/RES/865(1993)",
    "as requested in resolution ⟦865 (1993)⟧",
)
fwd(
    "body",
    "UNOSOM-II",
    "extend the mandate of ⟦the United Nations Operation in Somalia II⟧ for an interim",
    "extendedBy",
    para="1",
    until="1993-11-18",
)
fwd("activity", None, "⟦to report also on recent developments in Somalia⟧", "requestedBy", para="2")
neg("S/RES/733(1992)", "Reaffirming its resolutions ⟦733 (1992)⟧", "reaffirming")
neg("S/RES/837(1993)", "⟦837 (1993)⟧ of 6 June", "reaffirming")

doc("corpus/en/SC_S-RES-885-1993.txt", "resolution", "S/RES/885(1993)")
fwd(
    "body",
    "body:S/RES/885(1993)",
    "the establishment of ⟦a Commission of Inquiry⟧",
    "establishedBy",
    para="1",
    est="S/RES/885(1993)",
)
self_(
    "pursuantTo",
    "S/RES/814(1993)",
    "in further implementation of resolutions ⟦814 (1993)⟧",
    para=None,
)
self_("pursuantTo", "S/RES/837(1993)", "resolutions 814 (1993) and ⟦837 (1993)⟧, to investigate")
fwd(
    "activity",
    None,
    "⟦to appoint the Commission at the earliest possible time⟧",
    "requestedBy",
    para="2",
)
fwd(
    "activity",
    None,
    "⟦to determine procedures for carrying out its investigation⟧",
    "requestedBy",
    para="3",
)
fwd("activity", None, "⟦to report its findings⟧ through the", "requestedBy", para="7")
fwd("activity", None, "⟦suspend arrest actions⟧", "requestedBy", para="8")
neg("S/RES/868(1993)", "Also reaffirming its resolution ⟦868 1993⟧", "reaffirming")
neg("S/RES/837(1993)", "noting in particular resolution ⟦837 (1993)⟧", "noting")
neg("S/RES/837(1993)", "on the implementation of resolution ⟦837 (1993)⟧,", "reports considered")
neg("S/26627", "document ⟦$/26627⟧", "noting proposals")
skip(
    "S/RES/814(1993)",
    "under his authority in resolutions ⟦814 (1993)⟧",
    "authority of the Secretary-General, not a statement about the text",
)
skip(
    "S/RES/837(1993)",
    "not currently detained pursuant to resolution ⟦837 (1993)⟧",
    "detention under an earlier act",
)
skip(
    "S/RES/837(1993)",
    "under the provisions of resolution ⟦837 (1993)⟧",
    "detention under an earlier act",
)
skip(
    "S/RES/837(1993)",
    "in resolutions 814 (1993) and ⟦837 (1993)⟧, pending",
    "authority of the Secretary-General",
)
fwd("activity", None, "⟦to report to the Council on its establishment⟧", "requestedBy", para="2")

doc("corpus/en/SC_S-RES-888-1993.txt", "resolution", "S/RES/888(1993)")
fwd(
    "activity", None, "⟦to continue to provide assistance in this regard⟧", "requestedBy", para="11"
)
fwd(
    "body",
    "ONUSAL",
    "extend the mandate of ⟦the Observer Mission⟧ to 31",
    "extendedBy",
    para="13",
    until="1994-05-31",
)
fwd("activity", None, "⟦to keep the Security Council fully informed⟧", "requestedBy", para="14")
fwd(
    "activity",
    None,
    "⟦to report by 1 May 1994 on the operations of the Observer Mission⟧",
    "requestedBy",
    para="15",
    target="1 May 1994",
)
neg("S/RES/637(1989)", "Recalling its resolution ⟦637 1989⟧", "recalling")
neg("S/RES/693(1991)", "Recalling also its resolutions ⟦693 (1991)⟧", "recalling")
neg("S/RES/832(1993)", "⟦832 (1993)⟧ of 27 May", "recalling")

doc("corpus/en/SC_S-RES-890-1993.txt", "resolution", "S/RES/890(1993)")
fwd(
    "body",
    "UNAVEM II",
    "extend the existing mandate of ⟦the United Nations Angola Verification Mission II⟧",
    "extendedBy",
    para="3",
    until="1994-03-16",
)
fwd(
    "activity",
    None,
    "⟦to inform the Council as soon as an effective cease-fire is established⟧",
    "requestedBy",
    para="7",
    target="1 February 1994",
)
fwd("activity", None, "requests him ⟦to inform the Council periodically⟧", "requestedBy", para="8")
neg("S/RES/696(1991)", "Reaffirming its resolutions ⟦696 (1991)⟧", "reaffirming")
neg(
    "S/RES/864(1993)",
    "provisions of paragraph 19 of resolution ⟦864 (1993)⟧",
    "obligation reaffirmed",
)
neg(
    "S/RES/864(1993)",
    "contained in paragraph 26 of resolution ⟦864 (1993)⟧",
    "measures referred to",
)
neg("S/26872", "documents ⟦S/26872⟧", "footnote that only cites")

doc("corpus/en/SC_S-RES-892-1993.txt", "resolution", "S/RES/892(1993)")
fwd(
    "activity",
    None,
    "⟦the phased deployment of up to fifty additional United Nations military observers⟧",
    "requestedBy",
    para="2",
)
fwd(
    "activity",
    None,
    "⟦to inform the Council of the duties of new observers⟧",
    "requestedBy",
    para="2",
)
neg("S/RES/881(1993)", "described in paragraph 4 of resolution ⟦881 (1993)⟧", "as described in")
neg("S/RES/849(1993)", "Reaffirming its resolutions ⟦849 (1993)⟧", "reaffirming")
neg("S/RES/868(1993)", "Also reaffirming its resolution ⟦868 (1993)⟧", "reaffirming")
neg("S/26875", "document ⟦S/26875⟧", "footnote: letter taken note of")

doc("corpus/en/SC_S-RES-895-1994.txt", "resolution", "S/RES/895(1994)")
fwd(
    "body",
    "UNIFIL",
    "extend the present mandate of ⟦the United Nations Interim Force in Lebanon⟧",
    "extendedBy",
    para="1",
    until="1994-07-31",
)
fwd(
    "activity",
    None,
    "⟦to continue consultations with the Government of Lebanon⟧",
    "requestedBy",
    para="5",
)
neg("S/RES/425(1978)", "Recalling its resolutions ⟦425 (1978)⟧", "recalling")
neg(
    "S/RES/426(1978)",
    "approved by resolution ⟦426 (1978)⟧",
    "re-emphasizing terms of reference approved earlier",
)
neg(
    "S/RES/425(1978)",
    "as defined in resolutions ⟦425 (1978)⟧",
    "mandate as defined in (the Force, not the text)",
)
neg("S/1994/30", "2/ ⟦S/1994/30⟧", "footnote: letter taken note of")
neg("S/1994/62", "1/ ⟦S/1994/62⟧", "footnote: report studied")
fwd("activity", None, "⟦to report to the Security Council\nthereon⟧", "requestedBy", para="5")

doc("corpus/en/SC_S-RES-896-1994.txt", "resolution", "S/RES/896(1994)")
fwd(
    "body",
    "UNOMIG",
    "Approves the continuation of ⟦UNOMIG⟧’s mandate",
    "extendedBy",
    para="6",
    until="1994-03-07",
)
fwd(
    "activity",
    None,
    "⟦to report to the Security Council immediately following the third round of negotiations⟧",
    "requestedBy",
    para="9",
)
neg(
    "S/RES/892(1993)",
    "within the numbers authorized in resolution ⟦892 (1993)⟧",
    "numbers authorized earlier",
)
neg("S/RES/858(1993)", "the limit specified in resolution ⟦858 (1993)⟧", "as specified in")
neg("S/RES/849(1993)", "Reaffirming its resolutions ⟦849 (1993)⟧", "reaffirming")
neg("S/1994/80", "in his\nreport (⟦S/1994/80⟧)", "taking note of options")
neg("S/1994/32", "(⟦S/1994/32⟧)", "welcoming a communiqué")

doc("corpus/en/SC_S-RES-897-1994.txt", "resolution", "S/RES/897(1994)")
cite(
    "body",
    "UNOSOM-II",
    "to continue ⟦UNOSOM II⟧ up to 31 May 1994",
    "extendedBy",
    "S/RES/886(1993)",
    "in resolution ⟦886 (1993)⟧",
    until="1994-05-31",
)
fwd(
    "body",
    "UNOSOM-II",
    "for the continuation\n\nof ⟦UNOSOM II⟧, as set out",
    "extendedBy",
    para="2",
)
fwd(
    "activity",
    None,
    "⟦to make arrangements to ensure the start of\ndemining operations⟧",
    "requestedBy",
    para="6",
)
fwd(
    "activity",
    None,
    "⟦to consider, in consultation with the\nOrganization of African Unity⟧",
    "requestedBy",
    para="13",
)
fwd(
    "activity",
    None,
    "⟦a report on\nthe situation in Somalia and the implementation of this resolution⟧",
    "requestedBy",
    para="14",
    target="before 31 May 1994",
)
neg("S/RES/733(1992)", "Recalling its resolution ⟦733 (1992)⟧", "recalling")
neg("S/RES/733(1992)", "imposed by\nparagraph 5 of resolution ⟦733 (1992)⟧", "measures imposed by")
neg("S/1994/12", "(⟦S/1994/12⟧),\n", "report considered")
neg("S/1994/12", "Welcomes the report of the Secretary-General (⟦S/1994/12⟧)", "welcoming")
fwd(
    "activity",
    None,
    "Authorizes ⟦the gradual reduction of UNOSOM II⟧ to a force level",
    "requestedBy",
    para="3",
)

doc("corpus/en/SC_S-RES-687-1991.txt", "resolution", "S/RES/687(1991)")
neg("S/RES/660(1990)", "Recalling its resolutions ⟦660 (1990)⟧", "recalling")
neg("S/RES/686(1991)", "⟦686 (1991)⟧ of\n2 March", "recalling")
neg(
    "S/RES/678(1990)",
    "under paragraph 2 of\nresolution ⟦678 (1990)⟧",
    "noting an intention of Member States",
)
neg(
    "S/RES/686(1991)", "consistent with paragraph 8 of\nresolution ⟦686 (1991)⟧,", "consistent with"
)
cite(
    "document",
    None,
    "and ⟦those letters dated\n3 March 56 and 5 March 57⟧",
    "pursuantTo",
    "S/RES/686(1991)",
    "he addressed to them, pursuant to\nresolution ⟦686 (1991)⟧",
)
neg("S/RES/686(1991)", "Noting that resolution ⟦686 (1991)⟧ marked", "noting")
neg(
    "S/RES/661(1990)",
    "measures imposed by resolution ⟦661 (1990)⟧ in so far",
    "measures imposed by",
)
neg("S/RES/686(1991)", "the obligations of resolution ⟦686 (1991)⟧,", "obligations of")
fwd(
    "activity",
    None,
    "⟦to lend his assistance\nto make arrangements with Iraq and Kuwait to demarcate the\nboundary⟧",
    "requestedBy",
    para="3",
)
fwd("activity", None, "⟦to report back to the Council\nwithin one month⟧", "requestedBy", para="3")
fwd(
    "activity",
    None,
    "⟦a plan for the immediate deployment of a United\nNations observer unit⟧",
    "requestedBy",
    para="5",
)
fwd(
    "activity",
    None,
    "⟦to report regularly to the Council on the operations of the unit⟧",
    "requestedBy",
    para="5",
)
neg(
    "S/RES/678(1990)",
    "with Kuwait in accordance with\nresolution ⟦678 (1990)⟧ to bring",
    "Member States acting in accordance with",
)
neg("S/RES/686(1991)", "an end consistent with resolution ⟦686 (1991)⟧;", "consistent with")
fwd(
    "activity",
    None,
    "shall\n⟦develop and submit to the Council for approval a plan⟧",
    "requestedBy",
    para="9 (b)",
)
fwd(
    "activity",
    None,
    "⟦to\ndevelop a plan for the future ongoing monitoring and verification of Iraq’s compliance⟧",
    "requestedBy",
    para="10",
)
fwd(
    "activity",
    None,
    "⟦to carry out immediate on-site inspection of\nIraq’s nuclear capabilities⟧",
    "requestedBy",
    para="13",
)
fwd(
    "activity",
    None,
    "⟦to report to the\nCouncil on the steps taken to facilitate the return of all Kuwaiti\nproperty⟧",
    "requestedBy",
    para="15",
)
fwd(
    "body",
    "body:S/RES/687(1991)",
    "⟦a commission that will administer the fund⟧",
    "establishedBy",
    para="18",
    est="S/RES/687(1991)",
)
fwd(
    "activity",
    None,
    "⟦to develop and present\nto the Council for decision⟧",
    "requestedBy",
    para="19",
)
neg(
    "S/RES/661(1990)",
    "contained in\nresolution ⟦661 (1990)⟧, shall not apply",
    "prohibitions contained in",
)
cite(
    "body",
    "body:S/RES/661(1990)",
    "notified to\n⟦the Security Council Committee established by resolution 661\n(1990)⟧",
    "establishedBy",
    "S/RES/661(1990)",
    "Committee established by resolution ⟦661\n(1990)⟧ concerning",
    est="S/RES/661(1990)",
    an=1,
)
neg(
    "S/RES/661(1990)",
    "related thereto contained in\nresolution ⟦661 (1990)⟧ shall have",
    "prohibitions contained in",
)
cite(
    "body",
    "body:S/RES/661(1990)",
    "pending action by the Council\nunder paragraph 22, ⟦the Security Council Committee established by resolution 661 (1990)⟧",
    "establishedBy",
    "S/RES/661(1990)",
    "under paragraph 22, the Security Council Committee established by resolution ⟦661 (1990)⟧",
    est="S/RES/661(1990)",
)
fwd(
    "body",
    "body:S/RES/661(1990)",
    "under paragraph 22, ⟦the Security Council Committee established by resolution 661 (1990)⟧",
    "requestedBy",
    para="23",
    est="S/RES/661(1990)",
)
skip(
    "S/RES/661(1990)",
    "Decides that, in accordance with resolution ⟦661 (1990)⟧",
    "continuing measures of an earlier act",
)
fwd(
    "activity",
    None,
    "⟦to develop within sixty days, for the\napproval of the Council, guidelines⟧",
    "requestedBy",
    para="26",
)
neg(
    "S/RES/661(1990)",
    "measures taken by the Council in resolution ⟦661 (1990)⟧",
    "measures taken by",
)
neg(
    "S/RES/678(1990)",
    "Kuwait in accordance with resolution ⟦678 (1990)⟧;",
    "Member States acting in accordance with",
)
fwd(
    "activity",
    None,
    "⟦to develop a plan for submission to the Council within\nforty-five days⟧",
    "requestedBy",
    para="13",
)
fwd(
    "activity",
    None,
    "⟦to develop a plan, taking into account the\nrights and obligations of Iraq⟧",
    "requestedBy",
    para="13",
)
fwd(
    "activity",
    None,
    "⟦to establish a procedure\nfor updating these guidelines periodically⟧",
    "requestedBy",
    para="26",
)

# --- Secretary-General reports (PDF; the opening section is annotated as a region) -----------

SG = "corpus/binary/sg-reports/"

doc(SG + "MINUJUSTH_S_2018_241.pdf", "report", "S/2018/241")
region("I. Introduction", "MINUSTAH (S/2017/840).")
self_(
    "pursuantTo",
    "S/RES/2350(2017)",
    "submitted pursuant to Security Council resolution ⟦2350\n(2017)⟧",
)
cite(
    "body",
    "MINUSTAH",
    "decided to close ⟦the United Nations Stabilization\nMission in Haiti (MINUSTAH)⟧",
    "terminatedBy",
    "S/RES/2350(2017)",
    "Security Council resolution ⟦2350\n(2017)⟧",
    until="2017-10-15",
)
cite(
    "body",
    "MINUJUSTH",
    "established ⟦the United Nations\nMission for Justice Support in Haiti (MINUJUSTH)⟧",
    "establishedBy",
    "S/RES/2350(2017)",
    "Security Council resolution ⟦2350\n(2017)⟧",
)
cite(
    "activity",
    None,
    "requested that I ⟦report to the Council on the\nimplementation of the initial mandate of MINUJUSTH⟧",
    "requestedBy",
    "S/RES/2350(2017)",
    "Security Council resolution ⟦2350\n(2017)⟧",
)
neg("S/2017/840", "(⟦S/2017/840⟧)", "an earlier report cited")

doc(SG + "MINUSTAH_S_2004_698.pdf", "report", "S/2004/698")
region(
    "I. Introduction",
    "continued to\nexercise operational responsibility over the forces in the country.",
)
cite(
    "body",
    "MINUSTAH",
    "established ⟦the United Nations Stabilization Mission in Haiti (MINUSTAH)⟧",
    "establishedBy",
    "S/RES/1542(2004)",
    "By its resolution ⟦1542 (2004)⟧",
)
cite(
    "activity",
    None,
    "requested that ⟦authority be transferred from the Multinational Interim Force (MIF)\nto MINUSTAH⟧",
    "requestedBy",
    "S/RES/1542(2004)",
    "By its resolution ⟦1542 (2004)⟧",
)
self_("requestedBy", "S/RES/1542(2004)", "By its resolution ⟦1542 (2004)⟧")
neg("S/2004/565", "(⟦S/2004/565⟧)", "letter cited")
neg(
    "S/RES/1542(2004)",
    "As stipulated in Security Council resolution ⟦1542 (2004)⟧",
    "as stipulated in",
)
neg("S/RES/1542(2004)", "as foreseen in resolution ⟦1542 (2004)⟧", "as foreseen in")

doc(SG + "MINUSTAH_S_2006_592.pdf", "report", "S/2006/592")
region("I. Introduction", "2 February 2006 to 15 July 2006.")
cite(
    "body",
    "MINUSTAH",
    "extended\nthe mandate of ⟦the United Nations Stabilization Mission in Haiti (MINUSTAH)⟧",
    "extendedBy",
    "S/RES/1658(2006)",
    "By its resolution ⟦1658 (2006)⟧",
    until="2006-08-15",
)
cite(
    "activity",
    None,
    "requested me ⟦to report on whether to restructure the\nmandate of MINUSTAH⟧",
    "requestedBy",
    "S/RES/1658(2006)",
    "By its resolution ⟦1658 (2006)⟧",
)
self_("requestedBy", "S/RES/1658(2006)", "By its resolution ⟦1658 (2006)⟧")

doc(SG + "MINUSTAH_S_2010_446.pdf", "report", "S/2010/446")
region("I. Introduction", "fulfilment of the\nMission’s mandate.")
cite(
    "body",
    "MINUSTAH",
    "extended the mandate of\n⟦the United Nations Stabilization Mission in Haiti (MINUSTAH)⟧",
    "extendedBy",
    "S/RES/1892(2009)",
    "By its resolution ⟦1892 (2009)⟧,",
    until="2010-10-15",
)
cite(
    "activity",
    None,
    "requested me ⟦to report on its implementation semi-annually⟧",
    "requestedBy",
    "S/RES/1892(2009)",
    "By its resolution ⟦1892 (2009)⟧,",
)
neg("S/2010/200", "(⟦S/2010/200⟧ and Corr.1)", "an earlier report cited")
for n, key in (
    ("1542 (2004)", "S/RES/1542(2004)"),
    ("1608 (2005)", "S/RES/1608(2005)"),
    ("1702 (2006)", "S/RES/1702(2006)"),
    ("1743 (2007)", "S/RES/1743(2007)"),
    ("1780 (2007)", "S/RES/1780(2007)"),
    ("1840 (2008)", "S/RES/1840(2008)"),
    ("1908 (2010)", "S/RES/1908(2010)"),
    ("1927 (2010)", "S/RES/1927(2010)"),
):
    neg(key, f"⟦{n}⟧", "activities in line with the mandate under")
neg("S/RES/1892(2009)", "1840 (2008), ⟦1892 (2009)⟧", "activities in line with the mandate under")

doc(SG + "MINUSTAH_S_2013_139.pdf", "report", "S/2013/139")
region("I. Introduction", "2011) and 2070 (2012).")
cite(
    "body",
    "MINUSTAH",
    "extended the mandate of\n⟦the United Nations Stabilization Mission in Haiti (MINUSTAH)⟧",
    "extendedBy",
    "S/RES/2070(2012)",
    "By its resolution ⟦2070 (2012)⟧",
    until="2013-10-15",
)
cite(
    "activity",
    None,
    "requested me ⟦to report on its implementation semi-annually⟧",
    "requestedBy",
    "S/RES/2070(2012)",
    "By its resolution ⟦2070 (2012)⟧",
)
# added after annotation (README "Corrections"): the present report is the semi-annual report
# asked for, covering the months since the previous one (S/2012/678)
self_("requestedBy", "S/RES/2070(2012)", "By its resolution ⟦2070 (2012)⟧")
neg("S/2012/678", "(⟦S/2012/678⟧)", "an earlier report cited")
for n, key in (
    ("1542 (2004)", "S/RES/1542(2004)"),
    ("1608 (2005)", "S/RES/1608(2005)"),
    ("1702 (2006)", "S/RES/1702(2006)"),
    ("1944 (2010)", "S/RES/1944(2010)"),
):
    neg(key, f"⟦{n}⟧", "activities in line with the mandate under")
neg("S/RES/2070(2012)", "(2011) and ⟦2070 (2012)⟧", "activities in line with the mandate under")

doc(SG + "MINUSTAH_S_2016_753.pdf", "report", "S/2016/753")
region("I. Introduction", "annex I to the present report.")
self_(
    "pursuantTo",
    "S/RES/2243(2015)",
    "submitted pursuant to Security Council resolution ⟦2243\n(2015)⟧",
)
cite(
    "body",
    "MINUSTAH",
    "extended the mandate of ⟦the United Nations\nStabilization Mission in Haiti (MINUSTAH)⟧",
    "extendedBy",
    "S/RES/2243(2015)",
    "Security Council resolution ⟦2243\n(2015)⟧",
    until="2016-10-15",
)
cite(
    "activity",
    None,
    "requested\nme ⟦to report on the implementation of the mandate⟧",
    "requestedBy",
    "S/RES/2243(2015)",
    "Security Council resolution ⟦2243\n(2015)⟧",
)
neg("S/2016/225", "(⟦S/2016/225⟧)", "an earlier report cited")
neg(
    "S/RES/2243(2015)",
    "most\nrecently resolution ⟦2243 (2015)⟧",
    "activities in line with the mandate under",
)

doc(SG + "UNIKOM_S_2003_393.pdf", "report", "S/2003/393")
region("I. Introduction", "806 (1993) of 5 February 1993.")
cite(
    "body",
    "UNIKOM",
    "an account of the developments and activities of\n⟦the United Nations Iraq-Kuwait Observation Mission (UNIKOM)⟧",
    "inAccordanceWith",
    "S/RES/687(1991)",
    "⟦687 (1991)⟧ of 3 April",
)
cite(
    "body",
    "UNIKOM",
    "an account of the developments and activities of\n⟦the United Nations Iraq-Kuwait Observation Mission (UNIKOM)⟧",
    "inAccordanceWith",
    "S/RES/689(1991)",
    "⟦689 (1991)⟧ of 9 April",
)
cite(
    "body",
    "UNIKOM",
    "an account of the developments and activities of\n⟦the United Nations Iraq-Kuwait Observation Mission (UNIKOM)⟧",
    "inAccordanceWith",
    "S/RES/806(1993)",
    "⟦806 (1993)⟧ of 5 February",
)

doc(SG + "UNMIK_S_2003_421.pdf", "report", "S/2003/421")
region("I. Introduction", "transferred areas.")
self_(
    "pursuantTo",
    "S/RES/1244(1999)",
    "submitted pursuant to Security Council resolution ⟦1244\n(1999)⟧",
)
cite(
    "body",
    "UNMIK",
    "decided to establish ⟦the United\nNations Interim Administration Mission in Kosovo (UNMIK)⟧",
    "establishedBy",
    "S/RES/1244(1999)",
    "submitted pursuant to Security Council resolution ⟦1244\n(1999)⟧",
)
cite(
    "activity",
    None,
    "requested the\nSecretary-General ⟦to report at regular intervals on the implementation of the\nmandate⟧",
    "requestedBy",
    "S/RES/1244(1999)",
    "submitted pursuant to Security Council resolution ⟦1244\n(1999)⟧",
)
neg(
    "S/RES/1244(1999)",
    "consistent with paragraph 11 of\nresolution ⟦1244 (1999)⟧",
    "consistent with",
)

doc(SG + "UNMIK_S_2010_5.pdf", "report", "S/2010/5")
region("I. Introduction", "63/3.")
self_(
    "pursuantTo",
    "S/RES/1244(1999)",
    "submitted pursuant to Security Council resolution ⟦1244\n(1999)⟧",
)
cite(
    "body",
    "UNMIK",
    "decided to establish ⟦the United Nations Interim\nAdministration Mission in Kosovo (UNMIK)⟧",
    "establishedBy",
    "S/RES/1244(1999)",
    "submitted pursuant to Security Council resolution ⟦1244\n(1999)⟧",
)
cite(
    "activity",
    None,
    "requested that I ⟦report at regular\nintervals on the implementation of the Mission’s mandate⟧",
    "requestedBy",
    "S/RES/1244(1999)",
    "submitted pursuant to Security Council resolution ⟦1244\n(1999)⟧",
)
neg(
    "S/RES/1244(1999)",
    "within the framework of Security Council resolution ⟦1244 (1999)⟧",
    "within the framework of",
)
neg("S/PRST/2008/44", "(⟦S/PRST/2008/44⟧)", "in line with")
neg("S/2008/692", "(⟦S/2008/692⟧)", "in line with")
cite(
    "activity",
    None,
    "public hearings from 1 to 11 December\non ⟦the question of the “Accordance with International Law⟧",
    "pursuantTo",
    "A/RES/63/3",
    "General Assembly resolution\n⟦63/3⟧",
)

doc(SG + "UNMISET_S_2004_669.pdf", "report", "S/2004/669")
region("I. Introduction", "up to 13 August.")
self_(
    "pursuantTo",
    "S/RES/1543(2004)",
    "submitted pursuant to Security Council resolution ⟦1543\n(2004)⟧",
)
cite(
    "body",
    "UNMISET",
    "extend the mandate of the\n⟦United Nations Mission of Support in East Timor (UNMISET)⟧",
    "extendedBy",
    "S/RES/1543(2004)",
    "submitted pursuant to Security Council resolution ⟦1543\n(2004)⟧",
)
cite(
    "activity",
    None,
    "⟦to keep it closely and regularly informed of\ndevelopments on the ground⟧",
    "requestedBy",
    "S/RES/1543(2004)",
    "submitted pursuant to Security Council resolution ⟦1543\n(2004)⟧",
    para="6",
)
neg("S/2004/333", "(⟦S/2004/333⟧)", "recommendations outlined in an earlier report")

doc(SG + "UNMIT_S_2009_504.pdf", "report", "S/2009/504")
region("I. Introduction", "(S/2009/72).")
self_(
    "pursuantTo",
    "S/RES/1867(2009)",
    "submitted pursuant to Security Council resolution ⟦1867\n(2009)⟧",
)
cite(
    "body",
    "UNMIT",
    "extended the mandate of ⟦the United Nations Integrated\nMission in Timor-Leste (UNMIT)⟧",
    "extendedBy",
    "S/RES/1867(2009)",
    "submitted pursuant to Security Council resolution ⟦1867\n(2009)⟧",
    until="2010-02-26",
)
neg("S/2009/72", "(⟦S/2009/72⟧).", "an earlier report cited")

doc(SG + "UNOMIG_S_2004_822.pdf", "report", "S/2004/822")
region("I. Introduction", "(see S/2002/88, para. 3).")
self_(
    "pursuantTo",
    "S/RES/1554(2004)",
    "submitted pursuant to Security Council resolution ⟦1554\n(2004)⟧",
)
cite(
    "body",
    "UNOMIG",
    "extend the mandate of the\n⟦United Nations Observer Mission in Georgia (UNOMIG)⟧",
    "extendedBy",
    "S/RES/1554(2004)",
    "submitted pursuant to Security Council resolution ⟦1554\n(2004)⟧",
    until="2005-01-31",
)
neg("S/2004/570", "(⟦S/2004/570⟧)", "an earlier report cited")
neg("S/2004/315", "(see ⟦S/2004/315⟧, paras", "see-reference")
neg("S/2003/412", "(see ⟦S/2003/412⟧, para", "see-reference")
neg("S/2002/88", "(see ⟦S/2002/88⟧, para", "see-reference")

# --- General Assembly resolutions, 80th session ------------------------------------------------

doc("corpus/en/GA_A-RES-80-1.txt", "resolution", "A/RES/80/1")
fwd(
    "activity",
    None,
    "the President of the General Assembly will ⟦circulate as a document of the Assembly the statement⟧",
    "requestedBy",
    para="2",
)
neg("A/80/L.2/Rev.1", "(⟦A/80/L.2/Rev.1⟧)", "draft of the resolution (header)")
neg("A/RES/169(II)", "See resolution ⟦169 (II)⟧", "footnote that only cites")

doc("corpus/en/GA_A-RES-80-3.txt", "resolution", "A/RES/80/3")
fwd(
    "activity",
    None,
    "We request the Secretary-General ⟦to ensure the full mobilization and coordination of all relevant parts of the United Nations system⟧",
    "requestedBy",
    para="annex 24",
)
neg("A/80/L.4", "(⟦A/80/L.4⟧)", "draft of the resolution (header)")
for n in ("76/217", "77/246", "77/329", "78/315"):
    neg("A/RES/" + n, f"⟦{n}⟧ of", "recalling")
neg("A/RES/79/279", "⟦79/279⟧ of 11 April", "recalling")
neg("A/RES/79/233", "Resolution ⟦79/233⟧, annex", "footnote that only cites")
neg("A/RES/79/279", "see also resolution ⟦79/279⟧.", "footnote that only cites")
neg("A/RES/78/266", "See resolution ⟦78/266⟧.", "footnote that only cites")
neg("decision 1/CP.21", "⟦decision 1/CP.21⟧.", "footnote that only cites")
fwd(
    "activity",
    None,
    "⟦to implement the relevant actions, agreed upon in the Awaza Programme of Action⟧",
    "requestedBy",
    para="annex 17",
)
fwd(
    "activity",
    None,
    "⟦to contribute to the implementation of the Awaza Programme of Action⟧ and to integrate",
    "requestedBy",
    para="annex 18",
)
fwd(
    "activity",
    None,
    "⟦to integrate the Awaza Programme of Action into their programmes of work⟧",
    "requestedBy",
    para="annex 24",
)

doc("corpus/en/GA_A-RES-80-6.txt", "resolution", "A/RES/80/6")
fwd(
    "activity",
    None,
    "⟦a report on its activities for 2025/26⟧",
    "requestedBy",
    para="32",
    target="eighty-first session",
)
neg("A/80/L.9", "(⟦A/80/L.9⟧)", "draft of the resolution (header)")
neg("A/RES/79/6", "Recalling its resolution ⟦79/6⟧", "recalling")
neg("A/RES/58/318", "in its resolution ⟦58/318⟧", "acknowledging an agreement approved earlier")
neg("A/58/874", "[^2]: ⟦A/58/874⟧ and", "footnote that only cites")
neg("A/80/342", "⟦A/80/342⟧.", "footnote: report welcomed")
neg("A/67/828", "⟦A/67/828⟧-S/2013/210", "footnote that only cites")
neg("A/80/344", "⟦A/80/344⟧.", "footnote that only cites")
neg("S/PRST/2013/2", "⟦S/PRST/2013/2⟧;", "footnote: statement welcomed")
neg("A/80/1", "(⟦A/80/1⟧)", "footnote: report acknowledged")
fwd(
    "activity",
    None,
    "⟦to continue to include information relevant to the implementation of article 3⟧",
    "requestedBy",
    para="13",
    target="eighty-first session",
)
fwd(
    "activity",
    None,
    "⟦to provide the necessary services and facilities⟧ in accordance",
    "requestedBy",
    para="30",
)
skip(
    "A/RES/58/318",
    "the Relationship Agreement and resolution ⟦58/318⟧;",
    "services provided under the Agreement the resolution approved: the basis is not settled",
)

# --- UNFCCC decisions (a report addendum holds several; forward acts are the decisions) --------

doc("corpus/en/UNFCCC_FCCC-CP-2018-10-Add.2.txt", "decision", "FCCC/CP/2018/10/Add.2")
D = "decision 12/CP.24"
neg("decision 1/CP.16", "Recalling decisions ⟦1/CP.16⟧, 2/CP.17, 1/CP.18, 14/CP.18", "recalling")
cite(
    "activity",
    None,
    "Notes ⟦the management response of the United Nations Environment Programme⟧",
    "pursuantTo",
    "decision 14/CP.23",
    "in response to decision ⟦14/CP.23⟧, paragraph 7",
    para="7",
)
fwd(
    "activity",
    None,
    "United Nations Environment Programme as host of the Climate Technology Centre, in collaboration with the United Nations Industrial Development Organization and the Advisory Board of the Climate Technology Centre and Network, ⟦to implement the relevant recommendations⟧",
    "requestedBy",
    para="3",
    act=D,
)
fwd(
    "activity",
    None,
    "Also invites the operating entities of the Financial Mechanism ⟦to consider implementing the relevant recommendations⟧",
    "requestedBy",
    para="4",
    act=D,
)
fwd(
    "activity",
    None,
    "Further invites Parties and the Climate Technology Centre and Network ⟦to enhance the provision of support⟧",
    "requestedBy",
    para="5",
    act=D,
)
fwd(
    "activity",
    None,
    "Requests the Climate Technology Centre and Network ⟦to include in the joint annual report⟧",
    "requestedBy",
    para="6",
    act=D,
)
fwd(
    "activity",
    None,
    "Also requests the secretariat ⟦to organize a dialogue⟧",
    "requestedBy",
    para="7",
    act=D,
)
D = "decision 13/CP.24"
neg("decision 1/CP.18", "Recalling decisions ⟦1/CP.18⟧, 13/CP.18", "recalling")
fwd(
    "activity",
    None,
    "Also invites the Technology Executive Committee ⟦to continue enhancing its communication and outreach strategy⟧",
    "requestedBy",
    para="9",
    act=D,
)
neg("decision 2/CP.17", "recalling decision ⟦2/CP.17⟧, paragr", "recalling")
D = "decision 14/CP.24"
neg("decision 1/CP.18", "Recalling decisions ⟦1/CP.18⟧, paragraph 62", "recalling")
fwd(
    "activity",
    None,
    "Invites the Climate Technology Centre and Network and the Green Climate Fund ⟦to continue enhancing collaboration⟧",
    "requestedBy",
    para="4",
    act=D,
)
fwd(
    "activity",
    None,
    "Also invites the Climate Technology Centre and Network ⟦to consult with the Green Climate Fund and the Global Environment Facility⟧",
    "requestedBy",
    para="7",
    act=D,
)
fwd(
    "activity",
    None,
    "⟦to take stock of progress in strengthening the linkages between the Technology Mechanism and the Financial Mechanism⟧",
    "requestedBy",
    para="9",
    act=D,
)
D = "decision 15/CP.24"
neg("decision 2/CP.17", "Recalling decisions ⟦2/CP.17⟧, 1/CP.21, 2/CP.22", "recalling")
cite(
    "body",
    "body:decision 1/CP.21",
    "in the light of the aim of ⟦the Committee established in decision 1/CP.21⟧",
    "establishedBy",
    "decision 1/CP.21",
    "the aim of the Committee established in decision ⟦1/CP.21⟧",
    est="decision 1/CP.21",
)
fwd(
    "activity",
    None,
    "Requests the Subsidiary Body for Implementation ⟦to thematically align future meetings of the Durban Forum⟧",
    "requestedBy",
    para="6",
    act=D,
)
D = "decision 16/CP.24"
neg("decision 5/CP.7", "Recalling decisions ⟦5/CP.7⟧, 29/CP.7", "recalling")
fwd(
    "activity",
    None,
    "⟦to update the elements of the least developed countries work programme⟧",
    "requestedBy",
    para="3",
    act=D,
)
fwd(
    "activity",
    None,
    "Requests the Least Developed Countries Expert Group ⟦to support⟧",
    "requestedBy",
    para="5",
    act=D,
)
fwd(
    "activity",
    None,
    "Also requests the Least Developed Countries Expert Group ⟦to continue considering ways to promote South–South cooperation⟧",
    "requestedBy",
    para="6",
    act=D,
)
D = "decision 17/CP.24"
neg(
    "A/RES/40/243",
    "Also recalling United Nations General Assembly resolution ⟦40/243⟧",
    "recalling",
)
fwd(
    "activity",
    None,
    "invites the Executive Secretary ⟦to conduct consultations on the matter⟧",
    "requestedBy",
    para="2",
    act=D,
)
fwd(
    "activity",
    None,
    "Invites the Bureau ⟦to decide on the dates of the sessions⟧",
    "requestedBy",
    para="3",
    act=D,
)
fwd(
    "activity",
    None,
    "Requests the Executive Secretary ⟦to continue consultations with the Government of Chile⟧",
    "requestedBy",
    para="4",
    act=D,
)
cite(
    "activity",
    None,
    "⟦to negotiate and finalize a Host Country Agreement⟧",
    "inAccordanceWith",
    "A/RES/40/243",
    "in conformity with United Nations General Assembly resolution ⟦40/243⟧ and",
)
fwd(
    "activity",
    None,
    "Also requests the Executive Secretary ⟦to provide the host country with technical support⟧",
    "requestedBy",
    para="5",
    act=D,
)
fwd(
    "activity",
    None,
    "Requests the Subsidiary Body for Implementation, at its fiftieth session, ⟦to consider the issue of the host of the sessions⟧",
    "requestedBy",
    para="8",
    act=D,
)
D = "decision 18/CP.24"
fwd(
    "activity",
    None,
    "Requests the Executive Secretary ⟦to take further measures to recover outstanding contributions⟧",
    "requestedBy",
    para="9",
    act=D,
)
fwd(
    "activity",
    None,
    "Requests the Executive Secretary ⟦to implement the recommendations of the auditors⟧",
    "requestedBy",
    para="13",
    act=D,
)
fwd(
    "activity",
    None,
    "Also requests the Executive Secretary ⟦to present the outcome of its review⟧",
    "requestedBy",
    para="14",
    act=D,
)
fwd(
    "activity",
    None,
    "Further requests the Executive Secretary ⟦to prepare, regularly update and publish⟧",
    "requestedBy",
    para="15",
    act=D,
)
fwd(
    "activity",
    None,
    "Requests the Executive Secretary ⟦to provide budgetary cost implications⟧",
    "requestedBy",
    para="16",
    act=D,
)
fwd(
    "activity",
    None,
    "Also requests the Executive Secretary ⟦to provide any other such information⟧",
    "requestedBy",
    para="17",
    act=D,
)
fwd(
    "activity",
    None,
    "⟦to consider the recommendations referred to in paragraph 1 above⟧ and to take any necessary",
    "requestedBy",
    para="2",
    act="decision 15/CP.24",
)
fwd(
    "activity",
    None,
    "⟦to inform the Bureau of the outcome of the consultations⟧",
    "requestedBy",
    para="2",
    act="decision 17/CP.24",
)
fwd(
    "activity",
    None,
    "⟦to report back regularly to the Bureau⟧",
    "requestedBy",
    para="5",
    act="decision 17/CP.24",
)
fwd(
    "activity",
    None,
    "⟦to update Parties on progress in the next audit report⟧",
    "requestedBy",
    para="13",
    act="decision 18/CP.24",
)
fwd(
    "activity",
    None,
    "⟦to convey to the city and people of Katowice the gratitude⟧",
    "requestedBy",
    para="2",
)

doc("corpus/en/UNFCCC_FCCC-KP-CMP-2018-8-Add.1.txt", "decision", "FCCC/KP/CMP/2018/8/Add.1")
D = "decision 1/CMP.14"
neg("decision 13/CMA.1", "Takes note of decision ⟦13/CMA.1⟧", "taking note")
fwd(
    "activity",
    None,
    "⟦to consider the matter referred to in paragraph 4 above⟧",
    "requestedBy",
    para="5",
    act=D,
    target="fiftieth session (June 2019)",
)
# the second action the same request names ("to A ... and to B")
fwd(
    "activity",
    None,
    "above, and ⟦to forward a recommendation to the Conference of the Parties⟧",
    "requestedBy",
    para="5",
    act=D,
    target="fifteenth session (December 2019)",
)
fwd(
    "activity",
    None,
    "Also requests the Adaptation Fund Board ⟦to consider the rules of procedure of the Board⟧",
    "requestedBy",
    para="6",
    act=D,
)
D = "decision 2/CMP.14"
neg("decision 1/CMP.3", "Recalling decisions ⟦1/CMP.3⟧", "recalling")
fwd(
    "activity",
    None,
    "Requests the Adaptation Fund Board ⟦to report on any outcomes related to paragraphs 9 and 10 above⟧",
    "requestedBy",
    para="11",
    act=D,
    target="fifteenth session (December 2019)",
)
D = "decision 3/CMP.14"
neg("decision 1/CP.16", "Recalling decisions ⟦1/CP.16⟧, 2/CP.17, 8/CP.17", "recalling")
neg("decision 5/CMP.7", "11/CP.21 and ⟦5/CMP.7⟧, paragraph 4", "recalling")
fwd(
    "activity",
    None,
    "Adopts ⟦the modalities, work programme and functions of the forum on the impact of the implementation of response measures⟧",
    "establishedBy",
    para="2",
    act=D,
)
neg("decision 7/CMA.1", "contained in the annex to decision ⟦7/CMA.1⟧", "as contained in")
D = "decision 4/CMP.14"
neg("decision 3/CMP.1", "Also recalling decision ⟦3/CMP.1⟧", "recalling")
neg("decision 1/CP.19", "Noting decision ⟦1/CP.19⟧", "noting")
neg("decision 1/CP.21", "and decision ⟦1/CP.21⟧, paragraph 106", "noting")
fwd(
    "activity",
    None,
    "Requests the Executive Board and the secretariat ⟦to ensure the efficient and prudent use of resources⟧",
    "requestedBy",
    para="5",
    act=D,
)
D = "decision 5/CMP.14"
neg("decision 18/CP.24", "Taking note of decision ⟦18/CP.24⟧", "taking note")
fwd(
    "activity",
    None,
    "Requests the Executive Secretary ⟦to take further measures to recover outstanding contributions⟧",
    "requestedBy",
    para="9",
    act=D,
)
fwd(
    "activity",
    None,
    "Requests the Executive Secretary ⟦to implement the recommendations of the auditors⟧",
    "requestedBy",
    para="13",
    act=D,
)
fwd(
    "activity",
    None,
    "Also requests the Executive Secretary ⟦to present the outcome of its review⟧",
    "requestedBy",
    para="14",
    act=D,
)
fwd(
    "activity",
    None,
    "Further requests the Executive Secretary ⟦to prepare, regularly update and publish⟧",
    "requestedBy",
    para="15",
    act=D,
)
fwd(
    "activity",
    None,
    "Requests the Executive Secretary ⟦to provide budgetary cost implications⟧",
    "requestedBy",
    para="16",
    act=D,
)
fwd(
    "activity",
    None,
    "Also requests the Executive Secretary ⟦to provide any other such information⟧",
    "requestedBy",
    para="17",
    act=D,
)
fwd(
    "activity",
    None,
    "⟦to present a comprehensive report⟧ to the Conference of the Parties serving as the meeting of\nthe Parties to the Kyoto Protocol at its fifteenth session",
    "requestedBy",
    para="5",
    act="decision 4/CMP.14",
    target="fifteenth session (December 2019)",
)
fwd(
    "activity",
    None,
    "⟦to update Parties on progress in the next audit report⟧",
    "requestedBy",
    para="13",
    act="decision 5/CMP.14",
)
fwd(
    "activity",
    None,
    "⟦to convey to the city and people of Katowice the gratitude⟧",
    "requestedBy",
    para="2",
    act="FCCC/KP/CMP resolution 1/CMP.14",  # the resolution inside the addendum, keyed as DESIGN.md keys another body's acts
)

doc("corpus/en/UNFCCC_FCCC-KP-CMP-2024-7-Add.1.txt", "decision", "FCCC/KP/CMP/2024/7/Add.1")
D = "decision 1/CMP.19"
neg("decision 3/CMP.1", "Further recalling decision ⟦3/CMP.1⟧", "recalling")
neg("decision 2/CMP.17", "Cognizant of decisions ⟦2/CMP.17⟧", "cognizant of")
fwd(
    "activity",
    None,
    "requests the Executive Board ⟦to continue following up with non-responsive designated national authorities⟧",
    "requestedBy",
    para="4",
    act=D,
)
cite(
    "activity",
    None,
    "the adoption by the Executive Board of ⟦the procedure for submitting requests for transferring certified emission reductions⟧",
    "inAccordanceWith",
    "decision 2/CMP.17",
    "in accordance with paragraph 11 of decision ⟦2/CMP.17⟧",
    para="11",
)
D = "decision 2/CMP.19"
neg("decision 1/CMP.3", "Recalling decisions ⟦1/CMP.3⟧", "recalling")
neg("decision 13/CMA.1", "Also recalling decision ⟦13/CMA.1⟧", "recalling")
neg("decision 5/CMP.17", "Further recalling decision ⟦5/CMP.17⟧", "recalling")
fwd(
    "activity",
    None,
    "requests the Adaptation Fund Board ⟦to accelerate efforts to implement the programme⟧",
    "requestedBy",
    para="11",
    act=D,
)
fwd(
    "activity",
    None,
    "requests the Board ⟦to complete its consideration in a timely manner⟧",
    "requestedBy",
    para="14",
    act=D,
)
fwd(
    "activity",
    None,
    "Invites the Adaptation Fund Board ⟦to consider areas for improvement⟧",
    "requestedBy",
    para="17",
    act=D,
)
cite(
    "activity",
    None,
    "⟦its work related to implementing its mandates⟧ in decisions",
    "requestedBy",
    "decision 1/CMP.14",
    "its mandates in decisions ⟦1/CMP.14⟧",
)
cite(
    "activity",
    None,
    "⟦its work related to implementing its mandates⟧ in decisions",
    "requestedBy",
    "decision 13/CMA.1",
    "decisions 1/CMP.14 and ⟦13/CMA.1⟧ and to report",
)
fwd(
    "activity",
    None,
    "Requests the Subsidiary Body for Implementation ⟦to consider, at its sixty-second session (June 2025), the matter of the arrangements⟧",
    "requestedBy",
    para="23",
    act=D,
    target="sixty-second session (June 2025)",
)
# the second action the same request names ("to A ... and to B")
fwd(
    "activity",
    None,
    "Paris Agreement and ⟦to make recommendations on this matter⟧",
    "requestedBy",
    para="23",
    act=D,
    target="twentieth session",
)
D = "decision 3/CMP.19"
neg("decision 1/CP.21", "Recalling decisions ⟦1/CP.21⟧, 7/CP.24", "recalling")
neg("decision 1/CMA.5", "Also recalling decision ⟦1/CMA.5⟧, paragraph 136", "recalling")
fwd(
    "activity",
    None,
    "Further adopt ⟦the workplan of the forum and its Katowice Committee on Impacts for 2026–2030⟧",
    "establishedBy",
    para="5",
    act=D,
)
fwd(
    "activity",
    None,
    "Request the Katowice Committee on Impacts ⟦to prepare and include in its annual report for 2025 a timeline⟧",
    "requestedBy",
    para="6",
    act=D,
)
fwd(
    "activity",
    None,
    "Also request the forum ⟦to incorporate into its annual workplan⟧",
    "requestedBy",
    para="7",
    act=D,
)
fwd(
    "activity",
    None,
    "Further request the secretariat ⟦to support the implementation of the workplan⟧",
    "requestedBy",
    para="8",
    act=D,
)
neg("decision 18/CMA.1", "in line with paragraph 90 of decision ⟦18/CMA.1⟧", "in line with")
fwd(
    "activity",
    None,
    "Request the secretariat ⟦to prepare a synthesis report on the information on response measures⟧",
    "requestedBy",
    para="16",
    act=D,
)
D = "decision 4/CMP.19"
neg("decision 5/CMP.18", "Also recalling decision ⟦5/CMP.18⟧", "recalling")
fwd(
    "activity",
    None,
    "Requests the Executive Secretary ⟦to continue taking measures to recover⟧",
    "requestedBy",
    para="9",
    act=D,
)
fwd(
    "activity",
    None,
    "Also requests the secretariat ⟦to increase transparency regarding the reappropriation⟧",
    "requestedBy",
    para="10",
    act=D,
)
fwd(
    "activity",
    None,
    "Further requests the secretariat ⟦to significantly improve the transparency of its budget management process⟧",
    "requestedBy",
    para="11",
    act=D,
)
fwd(
    "activity",
    None,
    "Requests the secretariat ⟦to prepare an information document after each session⟧",
    "requestedBy",
    para="12",
    act=D,
)
fwd(
    "activity",
    None,
    "requests the secretariat ⟦to issue documents in a timely manner⟧",
    "requestedBy",
    para="13",
    act=D,
)
fwd(
    "activity",
    None,
    "requests the secretariat ⟦to consider the challenges it faces in implementing mandated activities⟧",
    "requestedBy",
    para="15",
    act=D,
)
fwd(
    "activity",
    None,
    "⟦to further increase the gender-responsiveness of the resources of the Adaptation Fund⟧",
    "requestedBy",
    para="16",
    act="decision 2/CMP.19",
)
fwd(
    "activity",
    None,
    "⟦to convey to the city and people of Baku the gratitude⟧",
    "requestedBy",
    para="2",
    act="FCCC/KP/CMP resolution 1/CMP.19",  # the resolution inside the addendum, keyed as DESIGN.md keys another body's acts
)

doc("corpus/en/UNFCCC_FCCC-PA-CMA-2016-3-Add.1.txt", "decision", "FCCC/PA/CMA/2016/3/Add.1")
D = "decision 1/CMA.1"
neg("decision 1/CP.21", "Also recalling decision ⟦1/CP.21⟧,", "recalling")
cite(
    "activity",
    None,
    "Stressing the urgency for completion of ⟦the work programme under the Paris Agreement⟧ resulting",
    "requestedBy",
    "decision 1/CP.21",
    "requests contained in section III of decision ⟦1/CP.21⟧ in order",
)
neg(
    "decision 1/CP.21",
    "Expresses its appreciation to the Conference of the Parties for overseeing the implementation of the work programme under the Paris Agreement in accordance with the arrangements contained in decision ⟦1/CP.21⟧",
    "appreciation; in accordance with arrangements contained in",
)
fwd(
    "activity",
    None,
    "Invites the Conference of the Parties ⟦to continue to oversee the implementation of the work programme⟧",
    "requestedBy",
    para="5",
    act=D,
)
skip(
    "decision 1/CP.21",
    "continue to oversee the implementation of the work programme under the Paris Agreement in accordance with the arrangements contained in decision ⟦1/CP.21⟧, and to accelerate",
    "oversight continued under earlier arrangements",
)
fwd(
    "activity",
    None,
    "Also invites the Conference of the Parties ⟦to continue to oversee the work on further guidance⟧",
    "requestedBy",
    para="6",
    act=D,
)
fwd(
    "activity",
    None,
    "Further invites the Conference of the Parties ⟦to continue to oversee the work on the development of modalities⟧",
    "requestedBy",
    para="7",
    act=D,
)
fwd(
    "activity",
    None,
    "Invites the Conference of the Parties ⟦to request the Subsidiary Body for Scientific and Technological Advice⟧",
    "requestedBy",
    para="8",
    act=D,
)
cite(
    "activity",
    None,
    "to accelerate their work on ⟦the work programme⟧ resulting from the relevant requests",
    "requestedBy",
    "decision 1/CP.21",
    "requests contained in section III of decision ⟦1/CP.21⟧, and to forward",
)
fwd(
    "activity",
    None,
    "Also invites the Conference of the Parties ⟦to request the Ad Hoc Working Group on the Paris Agreement⟧",
    "requestedBy",
    para="9",
    act=D,
)
fwd(
    "activity",
    None,
    "⟦to convey to the city and people of Marrakech the gratitude⟧",
    "requestedBy",
    para="2",
)

doc("corpus/en/UNFCCC_FCCC-PA-CMA-2024-17-Add.2.txt", "decision", "FCCC/PA/CMA/2024/17/Add.2")
region(
    "Decision 8/CMA.6\nMatters relating",
    "steps it has taken to implement the guidance provided in this decision.",
)
region("Decision 13/CMA.6\n\tMatters relating", "in response to paragraph 100 of decision 1/CMA.5.")
D = "decision 8/CMA.6"
neg("decision 1/CP.21", "Also recalling decisions ⟦1/CP.21⟧, paragraphs 53 and 63", "recalling")
neg("decision 1/CMA.4", "Further recalling decision ⟦1/CMA.4⟧, paragraph 42", "recalling")
neg("decision 2/CP.29", "Affirms decision ⟦2/CP.29⟧", "affirming")
fwd(
    "activity",
    None,
    "Requests the Standing Committee on Finance ⟦to report to the Conference of the Parties serving as the meeting of the Parties to the Paris Agreement at its seventh session⟧",
    "requestedBy",
    para="6",
    act=D,
    target="seventh session (November 2025)",
)
fwd(
    "activity",
    None,
    "Also requests the Standing Committee on Finance ⟦to consider the guidance provided to it⟧",
    "requestedBy",
    para="7",
    act=D,
)
D = "decision 9/CMA.6"
neg(
    "decision 1/CP.16",
    "activities referred to in paragraph 70 of decision ⟦1/CP.16⟧",
    "referred to in",
)
fwd(
    "activity",
    None,
    "Requests the Board ⟦to continue to streamline and simplify access to funding⟧",
    "requestedBy",
    para="5",
    act=D,
)
fwd(
    "activity",
    None,
    "and invites the Board ⟦to ensure that efforts to enhance coherence and complementarity⟧",
    "requestedBy",
    para="6",
    act=D,
)
neg("decision 3/CP.29", "Notes paragraphs 18–19 of decision ⟦3/CP.29⟧", "noting")
skip(
    "decision 3/CP.29",
    "the modified arrangements outlined in the annex to decision ⟦3/CP.29⟧",
    "arrangements for guidance",
)
D = "decision 10/CMA.6"
fwd(
    "activity",
    None,
    "Requests the Global Environment Facility ⟦to include further information in its annual report for 2025⟧",
    "requestedBy",
    para="2",
    act=D,
)
fwd(
    "activity",
    None,
    "Also requests the Global Environment Facility ⟦to consider how it can improve the delivery of support⟧",
    "requestedBy",
    para="3",
    act=D,
)
cite(
    "activity",
    None,
    "⟦Information submitted by developing country Parties in their first biennial transparency reports⟧",
    "pursuantTo",
    "decision 18/CMA.1",
    "paragraphs 143–145 of the annex to decision ⟦18/CMA.1⟧",
    para="143–145 of the annex",
)
cite(
    "activity",
    None,
    "⟦Information submitted by Parties⟧ pursuant to paragraph 17",
    "pursuantTo",
    "decision 18/CMA.5",
    "pursuant to paragraph 17 of decision ⟦18/CMA.5⟧",
    para="17",
)
neg(
    "decision 18/CMA.5",
    "The synthesis report referred to in paragraph 18 of decision ⟦18/CMA.5⟧",
    "referred to in",
)
neg("decision 4/CP.29", "Notes paragraphs 16–17 of decision ⟦4/CP.29⟧", "noting")
skip(
    "decision 4/CP.29",
    "as outlined in the annex to decision ⟦4/CP.29⟧",
    "arrangements for guidance",
)
D = "decision 11/CMA.6"
neg(
    "decision 2/CP.27",
    "Recalling decisions ⟦2/CP.27⟧ and 2/CMA.4; and 1/CP.28 and 5/CMA.5,\n",
    "recalling",
)
neg(
    "decision 1/CP.28",
    "conditions set out in paragraph 20 of decisions ⟦1/CP.28⟧ and 5/CMA.5 can be met during",
    "set out in",
)
neg(
    "decision 1/CP.28",
    "conditions set out in paragraph 20 of decisions ⟦1/CP.28⟧ and 5/CMA.5 can be met by",
    "set out in",
)
fwd(
    "activity",
    None,
    "requests the Board ⟦to engage with the relevant Parties for the timely conversion of pledges⟧",
    "requestedBy",
    para="10",
    act=D,
)
neg("decision 1/CP.28", "guided by paragraph 12 of decisions ⟦1/CP.28⟧", "guided by")
fwd(
    "activity",
    None,
    "Requests the Standing Committee on Finance ⟦to take into consideration the submissions⟧",
    "requestedBy",
    para="19",
    act=D,
)
fwd(
    "activity",
    None,
    "Also requests the Board of the Fund ⟦to include in its annual report⟧",
    "requestedBy",
    para="20",
    act=D,
)
D = "decision 13/CMA.6"
neg("decision 1/CMP.3", "Recalling decisions ⟦1/CMP.3⟧", "recalling")
neg("decision 13/CMA.1", "Also recalling decisions ⟦13/CMA.1⟧", "recalling")
fwd(
    "activity",
    None,
    "requests the Adaptation Fund Board ⟦to accelerate efforts to implement the programme⟧",
    "requestedBy",
    para="11",
    act=D,
)
fwd(
    "activity",
    None,
    "requests the Board ⟦to complete its consideration in a timely manner⟧",
    "requestedBy",
    para="14",
    act=D,
)
fwd(
    "activity",
    None,
    "Invites the Adaptation Fund Board ⟦to consider areas for improvement⟧",
    "requestedBy",
    para="17",
    act=D,
)
cite(
    "activity",
    None,
    "⟦its work related to implementing its mandates⟧ in decisions",
    "requestedBy",
    "decision 1/CMP.14",
    "its mandates in decisions ⟦1/CMP.14⟧",
)
cite(
    "activity",
    None,
    "⟦its work related to implementing its mandates⟧ in decisions",
    "requestedBy",
    "decision 13/CMA.1",
    "decisions 1/CMP.14 and ⟦13/CMA.1⟧ and to report",
)
fwd(
    "activity",
    None,
    "Requests the Subsidiary Body for Implementation ⟦to consider, at its sixty-second session (June 2025), the matter of the arrangements⟧",
    "requestedBy",
    para="25",
    act=D,
    target="sixty-second session (June 2025)",
)
# the second action the same request names ("to A ... and to B")
fwd(
    "activity",
    None,
    "Paris Agreement and ⟦to make recommendations on this matter⟧",
    "requestedBy",
    para="25",
    act=D,
    target="seventh session",
)
fwd(
    "activity",
    None,
    "Also requests the Adaptation Fund ⟦to provide updates on its activities and scope of support⟧",
    "requestedBy",
    para="26",
    act=D,
)
D = "decision 14/CMA.6"
neg("decision 1/CMA.4", "Recalling decisions ⟦1/CMA.4⟧, paragraph 68", "recalling")
fwd(
    "activity",
    None,
    "other stakeholders, particularly from the private sector, ⟦to submit via the submission portal by 1 March 2025 views⟧",
    "requestedBy",
    para="5",
    act=D,
)
D = "decision 15/CMA.6"
neg(
    "decision 1/CMA.3",
    "Also recalling decisions ⟦1/CMA.3⟧, paragraph 18, and 1/CMA.5, paragraph 100,",
    "recalling",
)
cite(
    "activity",
    None,
    "Takes note of ⟦the efforts undertaken⟧ in response to paragraph 100",
    "pursuantTo",
    "decision 1/CMA.5",
    "in response to paragraph 100 of decision ⟦1/CMA.5⟧.",
    para="100",
)
fwd(
    "activity",
    None,
    "⟦to further increase the gender-responsiveness of the resources of the Adaptation Fund⟧",
    "requestedBy",
    para="16",
    act="decision 13/CMA.6",
)

doc("corpus/en/SC_S-RES-820-1993.txt", "resolution", "S/RES/820(1993)")
cite(
    "body",
    "body:S/RES/808(1993)",
    "decided\nthat ⟦an international tribunal⟧ shall be established",
    "establishedBy",
    "S/RES/808(1993)",
    "its resolution ⟦808 (1993)⟧ in which",
    est="S/RES/808(1993)",
)
cite(
    "activity",
    None,
    "requested\nthe Secretary-General ⟦to submit a report at the earliest possible date⟧",
    "requestedBy",
    "S/RES/808(1993)",
    "its resolution ⟦808 (1993)⟧ in which",
)
neg("S/RES/757(1992)", "in\nviolation of resolutions ⟦757 (1992)⟧", "in violation of")
neg("S/25479", "26 March 1993 (⟦S/25479⟧),\nRecalling", "report cited")
fwd(
    "activity",
    None,
    "⟦a report\ncontaining an account of the preparatory work⟧",
    "requestedBy",
    para="8",
)
neg("S/RES/757(1992)", "measures imposed by\nresolutions ⟦757 (1992)⟧", "measures imposed by")
neg(
    "S/RES/760(1992)",
    "⟦760 (1992)⟧, 787 (1992) and the present resolution,\nshall take",
    "measures imposed by",
)
cite(
    "activity",
    None,
    "fulfilment of ⟦its immigration and customs control functions⟧",
    "pursuantTo",
    "S/RES/769(1992)",
    "deriving from resolution ⟦769 (1992)⟧",
)
cite(
    "body",
    "body:S/RES/724(1991)",
    "specifically authorized by ⟦the Committee established by\nresolution 724 (1991)⟧",
    "establishedBy",
    "S/RES/724(1991)",
    "specifically authorized by the Committee established by\nresolution ⟦724 (1991)⟧",
    est="S/RES/724(1991)",
)
fwd(
    "body",
    "body:S/RES/724(1991)",
    "specifically authorized by ⟦the Committee established by\nresolution 724 (1991)⟧",
    "requestedBy",
    para="15",
    est="S/RES/724(1991)",
)
cite(
    "activity",
    None,
    "to\nprovide, acting nationally or through regional organizations or arrangements,\n⟦such assistance⟧",
    "requestedBy",
    "S/RES/787(1992)",
    "reiterates its request in\nresolution ⟦787 (1992)⟧",
)
fwd(
    "activity",
    None,
    "⟦to make\nperiodic reports to the Security Council⟧",
    "requestedBy",
    para="18",
)
cite(
    "body",
    "body:S/RES/724(1991)",
    "Requests ⟦the Committee established by resolution 724 (1991)⟧ to make",
    "establishedBy",
    "S/RES/724(1991)",
    "Requests the Committee established by resolution ⟦724 (1991)⟧ to make",
    est="S/RES/724(1991)",
)
neg("S/RES/713(1991)", "measures imposed under resolutions\n⟦713 (1991)⟧", "measures imposed under")
neg("S/RES/757(1992)", "as provided for in resolution\n⟦757 (1992)⟧", "as provided for in")
fwd("activity", None, "will ⟦draw up rules for monitoring⟧", "requestedBy", para="22 (a)")
neg(
    "S/RES/787(1992)",
    "acting under paragraph 12 of\nresolution ⟦787 (1992)⟧",
    "authority of States under an earlier act",
)

doc("corpus/en/SC_S-RES-864-1993.txt", "resolution", "S/RES/864(1993)")
neg("S/RES/696(1991)", "Reaffirming its resolutions ⟦696 (1991)⟧", "reaffirming")
neg("S/RES/851(1993)", "and ⟦851 (1993)⟧ of 15 July", "reaffirming")
fwd(
    "body",
    "UNAVEM II",
    "extend the existing mandate of ⟦the United Nations Angola Verification Mission II⟧",
    "extendedBy",
    para="1",
    until="1993-12-15",
)
fwd(
    "body",
    "body:S/RES/864(1993)",
    "⟦a committee of the Security Council\nconsisting of all the members of the Council⟧",
    "establishedBy",
    para="22",
    est="S/RES/864(1993)",
)
fwd(
    "activity",
    None,
    "⟦to undertake the following\ntasks and to report on its work to the Council⟧",
    "requestedBy",
    para="22",
)
fwd(
    "activity",
    None,
    "Requests all States ⟦to report to the Secretary-General by 15\nOctober 1993⟧",
    "requestedBy",
    para="24",
)
fwd(
    "activity",
    None,
    "⟦to provide all necessary\nassistance to the committee established by paragraph 22 above⟧",
    "requestedBy",
    para="25",
)
fwd(
    "activity",
    None,
    "⟦a report on the situation in\nAngola and the implementation of the present resolution⟧",
    "requestedBy",
    para="28",
    target="before 1 November 1993 and again before 15 December 1993",
)
fwd(
    "activity",
    None,
    "⟦to\nmake the necessary arrangements in the Secretariat⟧ for this purpose",
    "requestedBy",
    para="25",
)
fwd(
    "activity",
    None,
    "⟦to keep the Council regularly informed\nof developments⟧",
    "requestedBy",
    para="28",
)

doc("corpus/en/SC_S-RES-883-1993.txt", "resolution", "S/RES/883(1993)")
neg("S/RES/731(1992)", "Reaffirming its resolutions ⟦731 (1992)⟧", "reaffirming")
neg("S/RES/748(1992)", "of 21 January 1992 and ⟦748\n(1992)⟧ of 31 March", "reaffirming")
neg(
    "S/RES/731(1992)",
    "requests and decisions in resolutions ⟦731 (1992)⟧ and\n748 (1992), constitute",
    "failure to respond to",
)
cite(
    "activity",
    None,
    "for ⟦the efforts he\nhas made⟧",
    "pursuantTo",
    "S/RES/731(1992)",
    "pursuant to paragraph 4 of resolution ⟦731 (1992)⟧,",
    para="4",
)
neg(
    "S/RES/748(1992)",
    "the provisions\nof resolution ⟦748 (1992)⟧, all States",
    "making provisions effective",
)
neg(
    "S/RES/748(1992)",
    "the decision taken in resolution ⟦748 (1992)⟧ that",
    "confirming an earlier decision",
)
cite(
    "body",
    "body:S/RES/748(1992)",
    "Instructs ⟦the Committee of the Security Council established by\nresolution 748 (1992)⟧",
    "establishedBy",
    "S/RES/748(1992)",
    "Instructs the Committee of the Security Council established by\nresolution ⟦748 (1992)⟧",
    est="S/RES/748(1992)",
)
fwd(
    "activity",
    None,
    "⟦to draw up expeditiously guidelines for the\nimplementation of paragraphs 3 to 7 above⟧",
    "requestedBy",
    para="9",
)
neg(
    "S/RES/748(1992)",
    "the guidelines for the implementation of\nresolution ⟦748 (1992)⟧",
    "guidelines for the implementation of",
)
cite(
    "body",
    "body:S/RES/748(1992)",
    "Entrusts ⟦the Committee of the Security Council established\nby resolution 748 (1992)⟧",
    "establishedBy",
    "S/RES/748(1992)",
    "Entrusts the Committee of the Security Council established\nby resolution ⟦748 (1992)⟧",
    est="S/RES/748(1992)",
)
fwd(
    "activity",
    None,
    "with ⟦the task of examining possible requests\nfor assistance⟧",
    "requestedBy",
    para="10",
)
fwd(
    "activity",
    None,
    "Requests all States ⟦to report to the Secretary-General by 15\nJanuary 1994⟧",
    "requestedBy",
    para="13",
)
fwd(
    "activity",
    None,
    "Invites the Secretary-General ⟦to continue his role⟧",
    "requestedBy",
    para="14",
)
neg("S/RES/731(1992)", "as set out\nin paragraph 4 of resolution ⟦731 (1992)⟧", "as set out in")
neg(
    "S/RES/731(1992)",
    "to the requests and decisions in resolutions ⟦731 (1992)⟧ and\n748 (1992);",
    "calling upon States",
)
neg("S/RES/748(1992)", "above and in resolution ⟦748 (1992)⟧ with a view", "measures set forth in")
fwd(
    "activity",
    None,
    "⟦to report to the Security Council on\nLibya's compliance⟧",
    "requestedBy",
    para="16",
)
fwd(
    "activity",
    None,
    "⟦to amend and\nsupplement, as appropriate, the guidelines⟧",
    "requestedBy",
    para="9",
)

# --- Security Council drafts (the draft's symbol is its own key) -------------------------------

doc("corpus/en/SC_draft_S-2020-110.txt", "draft", "S/2020/110")
# the Panel and the Committee, both established by 1591 (2005), by their codes in the scheme
neg("S/RES/1591(2005)", "in particular ⟦1591 (2005)⟧, 1651", "recalling")
neg("S/RES/2455(2019)", "2400 (2018) and ⟦2455 (2019)⟧ and its", "recalling")
neg("S/PRST/2018/19", "(⟦S/PRST/2018/19⟧)", "recalling")
neg("S/2020/36", "(⟦S/2020/36⟧)", "recalling a report")
neg("S/RES/1556(2004)", "paragraphs 7 and 8 of resolution ⟦1556 (2004)⟧", "measures imposed by")
neg("S/RES/1591(2005)", "as modified by paragraph 7 of resolution ⟦1591 (2005)⟧", "as modified by")
neg(
    "S/RES/1591(2005)",
    "subparagraph (f), (g) of paragraph 3 of resolution ⟦1591 (2005)⟧",
    "reaffirming provisions",
)
fwd(
    "body",
    "PoE-1591",
    "the mandate of ⟦the Panel of Experts⟧ originally appointed",
    "extendedBy",
    para="2",
    until="2021-03-12",
    est="S/RES/1591(2005)",
)
cite(
    "body",
    "PoE-1591",
    "the mandate of ⟦the Panel of Experts⟧ originally appointed",
    "establishedBy",
    "S/RES/1591(2005)",
    "originally appointed pursuant to resolution ⟦1591 (2005)⟧",
    est="S/RES/1591(2005)",
)
EXTENDED = (
    "1779 (2007)",
    "1841 (2008)",
    "1945 (2010)",
    "2138 (2014)",
    "2200 (2015)",
    "2265 (2016)",
    "2340 (2017)",
)
for n in EXTENDED:  # each also occurs in the preamble (1st) and in "as established in" (3rd)
    key = f"S/RES/{n.split()[0]}({n.split()[1].strip('()')})"
    cite(
        "body",
        "PoE-1591",
        "the mandate of ⟦the Panel of Experts⟧ originally appointed",
        "extendedBy",
        key,
        f"⟦{n}⟧",
        est="S/RES/1591(2005)",
        an=2,
    )
    skip(key, f"⟦{n}⟧", "reaffirming the Panel's mandate as established in earlier acts", n=3)
skip(
    "S/RES/1591(2005)",
    "as established in resolutions ⟦1591 (2005)⟧",
    "reaffirming the Panel's mandate",
)
cite(
    "body",
    "PoE-1591",
    "the mandate of ⟦the Panel of Experts⟧ originally appointed",
    "extendedBy",
    "S/RES/2035(2012)",
    "1945 (2010), ⟦2035 (2012)⟧, 2138 (2014), 2200 (2015), 2265 (2016), 2340 (2017), and 2400",
    est="S/RES/1591(2005)",
)
skip(
    "S/RES/2035(2012)",
    "1945 (2010), ⟦2035 (2012)⟧, 2138 (2014), 2200 (2015), 2265 (2016), 2340 (2017), 2400",
    "reaffirming the Panel's mandate",
)
skip("S/RES/2400(2018)", "2340 (2017), ⟦2400 (2018)⟧, and 2455", "reaffirming the Panel's mandate")
skip(
    "S/RES/2455(2019)",
    "2400 (2018), and ⟦2455 (2019)⟧ and requests",
    "reaffirming the Panel's mandate",
)
cite(
    "body",
    "PoE-1591",
    "the mandate of ⟦the Panel of Experts⟧ originally appointed",
    "extendedBy",
    "S/RES/2400(2018)",
    "2340 (2017), and ⟦2400 (2018)⟧, reaffirms",
    est="S/RES/1591(2005)",
)
fwd(
    "activity",
    None,
    "⟦with an interim report on its activities no later than 12 August 2020⟧",
    "requestedBy",
    para="2",
)
cite(
    "body",
    "Committee-1591",
    "to provide to ⟦the Security Council Committee established pursuant to resolution 1591 (2005) concerning the Sudan⟧",
    "establishedBy",
    "S/RES/1591(2005)",
    "Committee established pursuant to resolution ⟦1591 (2005)⟧ concerning",
    est="S/RES/1591(2005)",
)
fwd(
    "activity",
    None,
    "further requests the Panel of Experts ⟦to provide updates every three months to the Committee⟧",
    "requestedBy",
    para="2",
)
neg(
    "S/RES/1945(2010)",
    "paragraph 10 of resolution ⟦1945 (2010)⟧",
    "implementation of an earlier paragraph",
)

doc("corpus/en/SC_draft_S-2017-142.txt", "draft", "S/2017/142")
neg("S/RES/2014(2011)", "Recalling its resolutions ⟦2014 (2011)⟧", "recalling")
neg("S/PRST/2013/3", "(⟦S/PRST/2013/3⟧)", "recalling")
neg("S/RES/2253(2015)", "paragraph 2 of resolution ⟦2253 (2015)⟧ as a significant", "measures in")
neg(
    "S/RES/2140(2014)",
    "imposed pursuant to resolution ⟦2140 (2014)⟧ and resolution 2216",
    "sanctions regime imposed pursuant to",
)
neg(
    "S/RES/2216(2015)",
    "Recalling the provisions of paragraph 14 of resolution ⟦2216 (2015)⟧ imposing",
    "recalling",
)
cite(
    "body",
    "body:S/RES/2140(2014)",
    "by ⟦the Committee established\npursuant to paragraph 19 of resolution 2140 (2014)⟧",
    "establishedBy",
    "S/RES/2140(2014)",
    "the Committee established\npursuant to paragraph 19 of resolution ⟦2140 (2014)⟧",
    para="19",
    est="S/RES/2140(2014)",
)
neg(
    "S/RES/2014(2011)",
    "in accordance with resolutions ⟦2014 (2011)⟧",
    "transition in accordance with (not the text)",
)
fwd(
    "activity",
    None,
    "Decides to renew until 26 February 2018 ⟦the measures imposed by\nparagraphs 11 and 15⟧",
    "extendedBy",
    para="2",
    until="2018-02-26",
)
neg(
    "S/RES/2140(2014)",
    "the measures imposed by\nparagraphs 11 and 15 of resolution ⟦2140 (2014)⟧, reaffirms",
    "measures imposed by",
)
neg(
    "S/RES/2216(2015)", "paragraphs 14 to 17 of resolution ⟦2216 (2015)⟧;", "reaffirming provisions"
)
neg(
    "S/RES/2140(2014)",
    "designation criteria set out in paragraph 17 of resolution\n⟦2140 (2014)⟧",
    "as set out in",
)
fwd(
    "body",
    "body:S/RES/2140(2014)",
    "the mandate of ⟦the Panel of\nExperts⟧ as set out",
    "extendedBy",
    para="5",
    until="2018-03-28",
    est="S/RES/2140(2014)",
)
neg("S/RES/2140(2014)", "as set out in paragraph 21 of resolution ⟦2140 (2014)⟧", "as set out in")
neg("S/RES/2216(2015)", "paragraph 21 of\nresolution ⟦2216 (2015)⟧, expresses", "as set out in")
fwd(
    "activity",
    None,
    "⟦to take the necessary administrative measures as\nexpeditiously as possible to re‑establish the Panel of Experts⟧",
    "requestedBy",
    para="5",
)
cite(
    "body",
    "body:S/RES/2140(2014)",
    "the expertise of the members of ⟦the Panel established pursuant to resolution 2140 (2014)⟧",
    "establishedBy",
    "S/RES/2140(2014)",
    "the Panel established pursuant to resolution ⟦2140 (2014)⟧",
    est="S/RES/2140(2014)",
)
fwd("activity", None, "⟦to provide a midterm update to the Committee⟧", "requestedBy", para="6")
fwd(
    "activity",
    None,
    "Directs the Panel ⟦to cooperate with other relevant expert groups⟧",
    "requestedBy",
    para="7",
)
cite(
    "body",
    "body:S/RES/1526(2004)",
    "⟦the Analytical Support and Sanctions Monitoring Team⟧",
    "establishedBy",
    "S/RES/1526(2004)",
    "established by resolution ⟦1526 (2004)⟧",
    est="S/RES/1526(2004)",
)
cite(
    "body",
    "body:S/RES/1526(2004)",
    "⟦the Analytical Support and Sanctions Monitoring Team⟧",
    "extendedBy",
    "S/RES/2253(2015)",
    "extended by resolution ⟦2253 (2015)⟧",
    est="S/RES/1526(2004)",
)
cite(
    "activity",
    None,
    "Member States undertaking ⟦cargo inspections⟧ pursuant to paragraph 15",
    "pursuantTo",
    "S/RES/2216(2015)",
    "cargo inspections pursuant to paragraph 15 of resolution ⟦2216 (2015)⟧",
    para="15",
)
neg("S/RES/2216(2015)", "as set out in paragraph 17 of resolution ⟦2216 (2015)⟧", "as set out in")
neg("S/2006/997", "(⟦S/2006/997⟧)", "recalling a report")
fwd(
    "activity",
    None,
    "⟦a final report no later than 28 January 2018⟧",
    "requestedBy",
    para="6",
    target="28 January 2018",
)

# --- Human Rights Council decisions (universal periodic review outcomes) ------------------------

doc("corpus/en/HRC_A-HRC-DEC-14-105.txt", "decision", "A/HRC/DEC/14/105")
self_("pursuantTo", "A/RES/60/251", "General Assembly in its\n              resolution ⟦60/251⟧")
self_("pursuantTo", "A/HRC/RES/5/1", "and Council resolution ⟦5/1⟧ of 18 June 2007")
self_("inAccordanceWith", "A/HRC/PRST/8/1", "President’s statement ⟦PRST/8/1⟧")
cite(
    "activity",
    None,
    "Having conducted ⟦the review of Slovenia⟧ on 16 February 2010",
    "inAccordanceWith",
    "A/HRC/RES/5/1",
    "contained in Council resolution ⟦5/1⟧;",
)
neg("A/HRC/14/15", "(⟦A/HRC/14/15⟧)", "report adopted as part of the outcome")
neg("A/HRC/14/15/Add.1", "⟦A/HRC/14/15/Add.1⟧)", "document adopted as part of the outcome")
neg("A/HRC/14/37", "(⟦A/HRC/14/37⟧, chapter VI", "report of the session cited")
neg("A/HRC/14/37", "fourteenth session (⟦A/HRC/14/37⟧)", "footnote that only cites")

doc("corpus/en/HRC_A-HRC-DEC-28-111.txt", "decision", "A/HRC/DEC/28/111")
self_("pursuantTo", "A/RES/60/251", "General Assembly in its\n            resolution ⟦60/251⟧")
self_("pursuantTo", "A/HRC/RES/5/1", "Human Rights Council resolutions ⟦5/1⟧ of 18")
self_("pursuantTo", "A/HRC/RES/16/21", "⟦16/21⟧ of 21 March 2011")
self_("pursuantTo", "A/HRC/PRST/8/1", "President’s statement ⟦PRST/8/1⟧")
cite(
    "activity",
    None,
    "Having conducted ⟦the review of Slovenia⟧ on 4 November 2014",
    "inAccordanceWith",
    "A/HRC/RES/5/1",
    "the annex to Council resolution ⟦5/1⟧,",
)
neg("A/HRC/28/15", "(⟦A/HRC/28/15⟧)", "report adopted as part of the outcome")
neg("A/HRC/28/15/Add.1", "(⟦A/HRC/28/15/Add.1⟧ and", "document adopted as part of the outcome")
neg("A/HRC/28/2", "⟦A/HRC/28/2⟧, chap. VI", "report of the session cited")

doc("corpus/en/HRC_A-HRC-DEC-59-112.txt", "decision", "A/HRC/DEC/59/112")
self_("pursuantTo", "A/RES/60/251", "General Assembly in its\n               resolution ⟦60/251⟧")
self_("pursuantTo", "A/HRC/RES/5/1", "Human Rights Council resolutions ⟦5/1⟧ of")
self_("pursuantTo", "A/HRC/RES/16/21", "⟦16/21⟧ of 25 March 2011")
self_("pursuantTo", "A/HRC/PRST/8/1", "President’s statement ⟦PRST/8/1⟧")
cite(
    "activity",
    None,
    "Having conducted ⟦the review of Slovenia⟧ on 28 January 2025",
    "inAccordanceWith",
    "A/HRC/RES/5/1",
    "the annex to Council resolution ⟦5/1⟧,",
)
neg("A/HRC/59/15", "1   ⟦A/HRC/59/15⟧.", "footnote: report adopted as part of the outcome")
neg("A/HRC/59/15/Add.1", "⟦A/HRC/59/15/Add.1⟧; see also", "footnote that only cites")
neg("A/HRC/59/2", "see also ⟦A/HRC/59/2⟧, part two", "footnote that only cites")

# --- The seed (Russian): a note of the secretariat on a working group ---------------------------

doc("seeds/000_0c3125801dd93bfc.txt", "note", None, language="ru")
cite(
    "body",
    "CTOC/COP/WG.2",
    "⟦Рабочая группа правительственных экспертов по технической помощи⟧ была учреждена",
    "establishedBy",
    "CTOC/COP decision 2/6",
    "во исполнение ⟦решения 2/6⟧ Конференции",
    est="CTOC/COP decision 2/6",
)
cite(
    "body",
    "CTOC/COP/WG.2",
    "Конференция постановила, что ⟦Рабочая группа⟧ должна",
    "extendedBy",
    "CTOC/COP decision 4/3",
    "В своем ⟦решении 4/3⟧ Конференция",
)
cite(
    "activity",
    None,
    "Конференция просила Управление Организации Объединенных Наций по наркотикам и преступности (УНП ООН) ⟦продолжать оказывать техническую помощь⟧",
    "requestedBy",
    "CTOC/COP resolution 6/1",
    "В своей ⟦резолюции 6/1⟧",
)
neg("CTOC/COP resolution 6/4", "в своей ⟦резолюции 6/4⟧", "the Conference noted (отметила)")
neg("CTOC/COP/2014/1", "* ⟦СТОС/COP/2014/1⟧.", "footnote: provisional agenda")

doc("corpus/en/SC_draft_S-2022-158.txt", "draft", "S/2022/158")
# the Panel and the Committee, both established by 2140 (2014), by their codes in the scheme
region("4. Decides to renew until 28 February 2023", "extended by resolution 2610 (2021);")
fwd(
    "activity",
    None,
    "Decides to renew until 28 February 2023 ⟦the measures imposed by paragraphs 11 and 15⟧",
    "extendedBy",
    para="4",
    until="2023-02-28",
)
neg(
    "S/RES/2140(2014)",
    "the measures imposed by paragraphs 11 and 15 of resolution ⟦2140 (2014)⟧, reaffirms",
    "measures imposed by",
)
neg(
    "S/RES/2216(2015)",
    "further reaffirms the provisions of paragraphs 14 to 17 of resolution ⟦2216 (2015)⟧",
    "reaffirming provisions",
)
neg(
    "S/RES/2216(2015)",
    "subject to the measures imposed by paragraph 14 of resolution ⟦2216 (2015)⟧",
    "measures imposed by",
)
neg(
    "S/RES/2140(2014)",
    "noting that the measures imposed by resolutions ⟦2140 (2014)⟧",
    "measures imposed by",
)
cite(
    "body",
    "Committee-2140",
    "reaffirms its decision that ⟦the Committee established in paragraph 19 of resolution 2140 (2014)⟧",
    "establishedBy",
    "S/RES/2140(2014)",
    "the Committee established in paragraph 19 of resolution ⟦2140 (2014)⟧",
    para="19",
    est="S/RES/2140(2014)",
)
neg(
    "S/RES/2216(2015)",
    "Coast Guard to effectively implement the measures imposed by paragraph 14 of resolution ⟦2216 (2015)⟧",
    "measures imposed by",
)
neg(
    "S/RES/2564(2021)",
    "annexes to resolutions 2216 (2015) and ⟦2564 (2021)⟧",
    "listed in the annexes to",
)
neg(
    "S/RES/2140(2014)",
    "as specified in paragraph 18 (c) of resolution ⟦2140 (2014)⟧",
    "as specified in",
)
neg(
    "S/RES/2140(2014)",
    "Affirms that the designation criteria set out in paragraph 17 of resolution ⟦2140 (2014)⟧",
    "as set out in",
)
fwd(
    "body",
    "PoE-2140",
    "the mandate of ⟦the Panel of Experts⟧ as set out in paragraph 21",
    "extendedBy",
    para="15",
    until="2023-03-28",
    est="S/RES/2140(2014)",
)
neg(
    "S/RES/2140(2014)",
    "the Panel of Experts as set out in paragraph 21 of resolution ⟦2140 (2014)⟧",
    "as set out in",
)
fwd(
    "activity",
    None,
    "⟦to take the necessary administrative measures as expeditiously as possible to re-establish the Panel of Experts⟧",
    "requestedBy",
    para="15",
)
cite(
    "body",
    "PoE-2140",
    "⟦Panel established pursuant to resolution 2140 (2014)⟧",
    "establishedBy",
    "S/RES/2140(2014)",
    "Panel established pursuant to resolution ⟦2140 (2014)⟧",
    est="S/RES/2140(2014)",
)
fwd(
    "activity",
    None,
    "Requests the Panel of Experts ⟦to provide a midterm update to the Committee no later than 28 July 2022⟧",
    "requestedBy",
    para="16",
)
neg("S/2022/50", "takes note of the Report (⟦S/2022/50⟧)", "taking note")
fwd(
    "activity",
    None,
    "Directs the Panel ⟦to cooperate with other relevant expert groups⟧",
    "requestedBy",
    para="17",
)
cite(
    "body",
    "body:S/RES/1526(2004)",
    "⟦the Analytical Support and Sanctions Monitoring Team⟧",
    "establishedBy",
    "S/RES/1526(2004)",
    "established by resolution ⟦1526 (2004)⟧",
    est="S/RES/1526(2004)",
)
cite(
    "body",
    "body:S/RES/1526(2004)",
    "⟦the Analytical Support and Sanctions Monitoring Team⟧",
    "extendedBy",
    "S/RES/2610(2021)",
    "extended by resolution ⟦2610 (2021)⟧",
    est="S/RES/1526(2004)",
)
fwd(
    "activity",
    None,
    "⟦a final report no later than 28 January 2023⟧",
    "requestedBy",
    para="16",
    target="28 January 2023",
)

doc("corpus/en/SC_draft_S-2018-1021.txt", "draft", "S/2018/1021")
region(
    "1. Decides to extend until 15 May 2019",
    "effectively providing rule of law throughout the Abyei area;",
)
region(
    "31. Recalls its Presidential Statement",
    "35. Decides to remain actively seized of this matter.",
)
fwd(
    "body",
    "UNISFA",
    "the mandate of ⟦UNISFA⟧ as set out in",
    "extendedBy",
    para="1",
    until="2019-05-15",
)
neg("S/RES/1990(2011)", "as set out in paragraph 2 of resolution ⟦1990 (2011)⟧", "as set out in")
fwd(
    "activity",
    None,
    "further decides to extend until 15 May 2019 ⟦the tasks of UNISFA⟧",
    "extendedBy",
    para="1",
    until="2019-05-15",
)
neg("S/RES/1990(2011)", "as set out in paragraph 3 of resolution ⟦1990 (2011)⟧", "as set out in")
cite(
    "activity",
    None,
    "to extend until 15 April 2019 ⟦UNISFA’s mandate modification⟧",
    "extendedBy",
    "S/RES/2412(2018)",
    "Recalls its decision in resolution ⟦2412 (2018)⟧",
    until="2019-04-15",
)
neg(
    "S/RES/2024(2011)",
    "UNISFA’s mandate modification set forth in resolution ⟦2024 (2011)⟧",
    "set forth in",
)
neg("S/RES/2438(2018)", "further recalls its decision in resolution ⟦2438 (2018)⟧", "recalling")
neg("S/RES/2438(2018)", "as outlined in paragraph 3 of resolution ⟦2438 (2018)⟧", "as outlined in")
neg(
    "S/RES/2024(2011)",
    "the mandate modification set forth in resolution ⟦2024 (2011)⟧ and paragraph 1 of resolution 2075 (2012), in accordance",
    "set forth in",
)
self_(
    "inAccordanceWith",
    "S/RES/2438(2018)",
    "in accordance with paragraph 2 of resolution ⟦2438 (2018)⟧",
    para="2",
)
cite(
    "activity",
    None,
    "increase ⟦the authorized police ceiling⟧ established",
    "establishedBy",
    "S/RES/1990(2011)",
    "police ceiling established in resolution ⟦1990 (2011)⟧",
)
fwd(
    "activity",
    None,
    "requests the United Nations ⟦to take necessary steps to expeditiously deploy additional police⟧",
    "requestedBy",
    para="4",
)
neg("S/PRST/2015/22", "Presidential Statement ⟦S/PRST/2015/22⟧", "recalling")
neg("S/RES/2272(2016)", "its resolution ⟦2272 (2016)⟧ and requests", "recalling")
fwd(
    "activity",
    None,
    "⟦to take all necessary measures to ensure full compliance of UNISFA with the United Nations zero tolerance policy⟧",
    "requestedBy",
    para="31",
)
# the second action the same request names ("to A ... and to B")
fwd(
    "activity",
    None,
    "and ⟦to ensure that all personnel of the mission are vetted for history of sexual misconduct⟧",
    "requestedBy",
    para="31",
)
fwd("activity", None, "requests that he ⟦continue this practice⟧", "requestedBy", para="32")
fwd(
    "activity",
    None,
    "⟦to continue to inform it of progress in implementing UNISFA’s mandate, in one written report⟧",
    "requestedBy",
    para="33",
    target="no later than 15 April 2019",
)
fwd(
    "activity",
    None,
    "⟦to inform it of progress in implementing UNISFA’s mandate, in a note⟧",
    "requestedBy",
    para="34",
    target="no later than 31 January 2019",
)
fwd(
    "activity",
    None,
    "⟦to keep it informed through his reports about UNISFA’s progress⟧",
    "requestedBy",
    para="31",
)

doc("corpus/en/GA_A-RES-80-11.txt", "resolution", "A/RES/80/11")
region(
    "1. Reaffirms all relevant resolutions relating to the mandate",
    "30. Calls for a further comprehensive review of United Nations peacebuilding in 2030.",
)
region("[^1]: Including General Assembly resolution 60/180", "Council resolution 2558 (2020).")
fwd(
    "activity",
    None,
    "Requesting the Peacebuilding Commission ⟦to establish a detailed, predictable and flexible annual programme of work⟧",
    "requestedBy",
    para="1",
)
fwd(
    "activity",
    None,
    "Requesting the Peacebuilding Commission, in line with its mandate, ⟦to serve as a platform to support Member States⟧",
    "requestedBy",
    para="1",
)
fwd(
    "activity",
    None,
    "requests the Secretariat ⟦to explore options, within existing resources, to regularly provide venues⟧",
    "requestedBy",
    para="1 (h)",
)
fwd(
    "activity",
    None,
    "Requests the Peacebuilding Commission ⟦to utilize its convening role to gather contributions⟧",
    "requestedBy",
    para="2",
)
fwd(
    "activity",
    None,
    "6. Requests the Secretary-General ⟦to further encourage systematic and strategic collaboration⟧",
    "requestedBy",
    para="6",
)
fwd(
    "activity",
    None,
    "Decides to establish, within existing resources, ⟦an annual “peacebuilding week”⟧",
    "establishedBy",
    para="12",
)
fwd(
    "activity",
    None,
    "19. Requests the Secretary-General ⟦to update, within existing modalities, the Peacebuilding Commission⟧",
    "requestedBy",
    para="19",
)
fwd(
    "activity",
    None,
    "Requests the Peacebuilding Support Office ⟦to provide annual updates⟧",
    "requestedBy",
    para="20",
)
fwd(
    "activity",
    None,
    "27. Requests the Secretary-General ⟦to assess how ongoing reforms of the United Nations⟧",
    "requestedBy",
    para="27",
)
fwd(
    "activity",
    None,
    "⟦to include in its annual report information on progress in implementing relevant provisions of the present resolution⟧",
    "requestedBy",
    para="28",
)
fwd(
    "activity",
    None,
    "⟦to continue to present a report every two years following this review⟧",
    "requestedBy",
    para="29",
)
for ref, key in (
    ("60/180", "A/RES/60/180"),
    ("1645 (2005)", "S/RES/1645(2005)"),
    ("65/7", "A/RES/65/7"),
    ("1947 (2010)", "S/RES/1947(2010)"),
    ("70/262", "A/RES/70/262"),
    ("2282 (2016)", "S/RES/2282(2016)"),
    ("75/201", "A/RES/75/201"),
):
    neg(key, f"resolution ⟦{ref}⟧", "footnote to 'Reaffirms all relevant resolutions'")
neg(
    "S/RES/2558(2020)",
    "Council resolution ⟦2558\n    (2020)⟧",
    "footnote to 'Reaffirms all relevant resolutions'",
)
fwd(
    "activity",
    None,
    "⟦to strengthen its impact through regular follow-up⟧",
    "requestedBy",
    para="1 (d)",
)
fwd(
    "activity",
    None,
    "⟦to continue serving as a platform to convene all relevant actors⟧",
    "requestedBy",
    para="1 (e)",
)
fwd(
    "activity",
    None,
    "⟦to continue monitoring the implementation of its existing strategies and action plans⟧",
    "requestedBy",
    para="1 (f)",
)
fwd(
    "activity",
    None,
    "⟦to continue reviewing its working methods and practices⟧",
    "requestedBy",
    para="1 (g)",
)
fwd(
    "activity",
    None,
    "⟦to report back in the context of its annual report⟧",
    "requestedBy",
    para="1 (g)",
)
fwd(
    "activity",
    None,
    "⟦to support the Peacebuilding Commission in providing regular coverage⟧",
    "requestedBy",
    para="1 (i)",
)
fwd(
    "activity",
    None,
    "⟦to regularly brief the Commission⟧",
    "requestedBy",
    para="2",
)
fwd(
    "activity",
    None,
    "requests that ⟦resident coordinators be provided with necessary capacities and training⟧",
    "requestedBy",
    para="5",
)
fwd(
    "activity",
    None,
    "⟦to continue updating the Peacebuilding Commission on this collaboration⟧",
    "requestedBy",
    para="6",
)
fwd(
    "activity",
    None,
    "⟦to further strengthen its cooperation with the African Union Centre⟧",
    "requestedBy",
    para="10",
)
fwd(
    "activity",
    None,
    "⟦to reflect this information in the existing reporting on the Fund⟧",
    "requestedBy",
    para="15",
)

# --- Universal periodic review documents (openings) --------------------------------------------

doc("corpus/en/HRC_A-HRC-WG.6-20-SVN-2.txt", "report", "A/HRC/WG.6/20/SVN/2")
region(
    "Human Rights Council\nWorking Group on the Universal Periodic Review",
    "systematically referenced in endnotes.",
)
self_(
    "inAccordanceWith",
    "A/HRC/RES/5/1",
    "the annex to Human Rights Council\n            resolution ⟦5/1⟧",
    para="15 (b) of the annex",
)
self_(
    "inAccordanceWith",
    "A/HRC/RES/16/21",
    "Council\n            resolution ⟦16/21⟧",
    para="5 of the annex",
)
skip(
    "A/HRC/DEC/17/119",
    "in its decision ⟦17/119⟧",
    "guidelines followed, adopted by an earlier decision",
)

doc("corpus/en/HRC_A-HRC-14-15-Add.1.txt", "report", "A/HRC/14/15/Add.1")
region(0, "its answers are as\n            follows:")
neg(
    "A/HRC/14/15/Add.1",
    "⟦A/HRC/14/15/Add.1⟧\n               General Assembly",
    "the document's own symbol (header)",
)
neg(
    "A/HRC/14/15/Add.1",
    "GE.10-12465\n⟦A/HRC/14/15/Add.1⟧",
    "the document's own symbol (running header)",
)

doc("corpus/en/HRC_A-HRC-59-15-Add.1.txt", "report", "A/HRC/59/15/Add.1")
region(0, "III. Noted recommendations.")
neg(
    "A/HRC/59/15/Add.1",
    "⟦A/HRC/59/15/Add.1⟧\n              General Assembly",
    "the document's own symbol (header)",
)
neg(
    "A/HRC/59/15/Add.1",
    "GE.25-05640 (E)\n⟦A/HRC/59/15/Add.1⟧",
    "the document's own symbol (running header)",
)

# --- Subsidiary body reports (conclusions; their own symbol is the act) -------------------------

doc("corpus/en/UNFCCC_FCCC-SBSTA-2018-8.txt", "report", "FCCC/SBSTA/2018/8")
region(
    "III.\tReport of the Adaptation Committee: 2018 report; and matters referred to in paragraphs 41, 42 and 45 of decision 1/CP.21\n(Agenda item 3)\n\t\t12.",
    "establish a contact group co-chaired by Mr. Anderson and Mr. Marcu.",
)
neg(
    "decision 1/CP.21",
    "Report of the Adaptation Committee: 2018 report; and matters referred to in paragraphs 41, 42 and 45 of decision ⟦1/CP.21⟧\n(Agenda",
    "heading: matters referred to in",
)
neg("FCCC/SB/2018/3", "document ⟦FCCC/SB/2018/3⟧", "document before the body")
neg(
    "decision 1/CP.21",
    "PAWP-related matters referred to in paragraphs 41, 42 and 45 of decision ⟦1/CP.21⟧",
    "referred to in",
)
neg("FCCC/SB/2018/1", "document ⟦FCCC/SB/2018/1⟧", "document before the body")
neg("FCCC/SB/2018/2", "document ⟦FCCC/SB/2018/2⟧", "document before the body")
fwd(
    "activity",
    None,
    "invited them ⟦to participate in the workshops under the Koronivia road map⟧",
    "requestedBy",
    para="22",
)
fwd(
    "activity",
    None,
    "the Special Climate Change Fund ⟦to contribute to the work referred to in paragraph 21 above⟧",
    "requestedBy",
    para="23",
)
neg("FCCC/SB/2018/INF.3", "documents ⟦FCCC/SB/2018/INF.3⟧", "documents before the body")
neg("decision 11/CP.21", "identified in decision ⟦11/CP.21⟧, paragraph 5", "identified in")
skip(
    "SBSTA 48",
    "as mandated at SBI 48 and ⟦SBSTA 48⟧",
    "a request made at a session, the act is not named",
)

doc("corpus/en/GA_A-RES-80-24.txt", "resolution", "A/RES/80/24")
neg("A/80/534", "(⟦A/80/534⟧, para. 7)", "report of the Main Committee (header)")
neg("A/RES/49/75E", "Recalling its resolution ⟦49/75 E⟧", "recalling")
neg("A/RES/50/70P", "its resolutions ⟦50/70 P⟧", "recalling")
cite(
    "activity",
    None,
    "⟦high-level meeting of the General Assembly on nuclear disarmament⟧, pursuant to",
    "pursuantTo",
    "A/RES/68/32",
    "pursuant to Assembly resolution ⟦68/32⟧ of 5 December 2013",
)
cite(
    "body",
    "A/CN.10",
    "the specific mandate conferred upon ⟦the Disarmament Commission⟧",
    "requestedBy",
    "A/DEC/52/492",
    "in its decision ⟦52/492⟧",
)
cite(
    "activity",
    None,
    "the commemoration of 26 September as ⟦the International Day for the Total Elimination of Nuclear Weapons⟧",
    "establishedBy",
    "A/RES/68/32",
    "as declared by the General Assembly in its resolution ⟦68/32⟧",
)
for n in ("69/58", "70/34", "71/71", "72/251", "73/40"):
    neg("A/RES/" + n, f"⟦{n}⟧ of", "welcomed in")
fwd(
    "activity",
    None,
    "Reiterates its call upon the Conference on Disarmament ⟦to establish, as soon as possible and as the highest priority, an ad hoc committee on nuclear disarmament⟧",
    "requestedBy",
    para="20",
)
fwd(
    "activity",
    None,
    "⟦a report on the implementation of the present resolution⟧",
    "requestedBy",
    para="22",
    target="eighty-first session",
)
neg("A/RES/50/245", "See resolution ⟦50/245⟧", "footnote that only cites")
neg("A/50/1027", "and ⟦A/50/1027⟧.", "footnote that only cites")
fwd(
    "activity",
    None,
    "⟦to commence negotiations on a phased programme of nuclear disarmament⟧",
    "requestedBy",
    para="20",
)

doc("corpus/en/GA_A-RES-80-38.txt", "resolution", "A/RES/80/38")
neg("A/80/534", "(⟦A/80/534⟧, para. 7)", "report of the Main Committee (header)")
neg("A/RES/79/40", "Recalling its resolution ⟦79/40⟧", "recalling")
neg("A/RES/56/24V", "including resolution ⟦56/24 V⟧", "recalling")
cite(
    "activity",
    None,
    "to establish ⟦a dedicated fellowship training programme on small arms and light weapons⟧ in order to strengthen technical knowledge and expertise in areas relating to the implementation of the Programme of Action and the Internation",
    "establishedBy",
    "A/RES/77/71",
    "Reaffirming its decision, in its resolution ⟦77/71⟧",
    n=1,
)
neg("A/RES/78/47", "Recalling the adoption of resolution ⟦78/47⟧", "recalling")
cite(
    "body",
    "body:A/RES/76/233",
    "of ⟦the open-ended working group established pursuant to resolution 76/233⟧",
    "establishedBy",
    "A/RES/76/233",
    "established pursuant to resolution ⟦76/233⟧",
    est="A/RES/76/233",
)
cite(
    "body",
    "body:A/RES/60/81",
    "the report of ⟦the Group of Governmental Experts established pursuant to resolution 60/81⟧",
    "establishedBy",
    "A/RES/60/81",
    "established pursuant to resolution ⟦60/81⟧",
    est="A/RES/60/81",
)
fwd(
    "body",
    "body:A/RES/80/38",
    "Renews its decision to establish ⟦an open-ended technical expert group⟧",
    "establishedBy",
    para="8",
    est="A/RES/80/38",
)
cite(
    "activity",
    None,
    "Recalls its decision, in its resolution 77/71, to establish ⟦a dedicated fellowship training programme on small arms and light weapons⟧",
    "establishedBy",
    "A/RES/77/71",
    "Recalls its decision, in its resolution ⟦77/71⟧",
)
fwd(
    "activity",
    None,
    "Requests the Secretariat ⟦to prepare a comprehensive analysis⟧",
    "requestedBy",
    para="33",
)
fwd(
    "activity",
    None,
    "Also requests the Secretariat ⟦to report on support provided by the United Nations system⟧",
    "requestedBy",
    para="34",
)
fwd(
    "activity",
    None,
    "⟦to conduct a study on obliterated markings and methods for marking recovery⟧",
    "requestedBy",
    para="35",
    target="the Biennial Meeting of States in 2026",
)
fwd(
    "activity",
    None,
    "Requests the Secretary-General ⟦to report to the General Assembly at its eighty-first session on the implementation of the present resolution⟧",
    "requestedBy",
    para="36",
    target="eighty-first session",
)
neg("A/DEC/60/519", "See decision ⟦60/519⟧", "footnote that only cites")
neg("A/80/111", "⟦A/80/111⟧.", "footnote that only cites")
fwd(
    "activity",
    None,
    "requests the Secretary-General ⟦to report thereon⟧ to the General Assembly",
    "requestedBy",
    para="26",
    target="eighty-first session",
)
fwd(
    "activity",
    None,
    "⟦to report to the Biennial Meeting of States in 2026⟧",
    "requestedBy",
    para="35",
    target="Biennial Meeting of States in 2026",
)

doc("corpus/en/UNFCCC_FCCC-CP-2022-10-Add.3.txt", "decision", "FCCC/CP/2022/10/Add.3")
region(
    "Decision 24/CP.27\nIntermediate review",
    "programme delivery highlights and financial performance.",
)
D = "decision 24/CP.27"
neg("decision 36/CP.7", "Recalling decisions ⟦36/CP.7⟧", "recalling")
fwd(
    "activity",
    None,
    "invites the International Labour Organization ⟦to consider organizing a workshop⟧",
    "requestedBy",
    para="7",
    act=D,
)
fwd(
    "activity",
    None,
    "Inviting future Presidencies of the Conference of the Parties ⟦to nominate women as high-level climate champions⟧",
    "requestedBy",
    para="9",
    act=D,
)
fwd(
    "activity",
    None,
    "Inviting the secretariat, relevant presiding officers and event organizers ⟦to promote gender-balanced events⟧",
    "requestedBy",
    para="9",
    act=D,
)
fwd(
    "activity",
    None,
    "Requests the secretariat ⟦to support the attendance of national gender and climate change focal points⟧",
    "requestedBy",
    para="16",
    act=D,
)
fwd(
    "activity",
    None,
    "implementing entities and other relevant stakeholders ⟦to enhance implementation of the gender action plan⟧",
    "requestedBy",
    para="17",
    act=D,
)
fwd(
    "activity",
    None,
    "Adopts ⟦the amendments to the gender action plan⟧",
    "establishedBy",
    para="20",
    act=D,
)
D = "decision 25/CP.27"
neg(
    "A/RES/40/243",
    "Also recalling United Nations General Assembly resolution ⟦40/243⟧",
    "recalling",
)
neg("decision 21/CP.26", "Recalling decision ⟦21/CP.26⟧", "recalling")
fwd(
    "activity",
    None,
    "Requests the Executive Secretary ⟦to continue consultations with the Government of the United Arab Emirates⟧",
    "requestedBy",
    para="3",
    act=D,
)
# the second action the same request names ("to A ... and to B")
fwd(
    "activity",
    None,
    "Arab Emirates and ⟦to conclude a Host Country Agreement for convening the sessions⟧",
    "requestedBy",
    para="3",
    act=D,
)
cite(
    "activity",
    None,
    "⟦to conclude a Host Country Agreement⟧",
    "pursuantTo",
    "A/RES/40/243",
    "pursuant to United Nations General Assembly resolution ⟦40/243⟧",
)
fwd(
    "activity",
    None,
    "⟦to consider the issue of the host of the sessions referred to in paragraph 4 above⟧",
    "requestedBy",
    para="6",
    act=D,
    target="twenty-eighth session",
)
# the second action the same request names ("to A ... and to B")
fwd(
    "activity",
    None,
    "paragraph 4 above and ⟦to recommend a draft decision on the matter⟧",
    "requestedBy",
    para="6",
    act=D,
    target="twenty-eighth session",
)
fwd(
    "activity",
    None,
    "⟦to consider the issue of the host of the sessions referred to in paragraph 7 above⟧",
    "requestedBy",
    para="9",
    act=D,
    target="twenty-eighth session",
)
# the second action the same request names ("to A ... and to B")
fwd(
    "activity",
    None,
    "paragraph 7 above and ⟦to recommend a draft decision on the matter⟧",
    "requestedBy",
    para="9",
    act=D,
    target="twenty-eighth session",
)
D = "decision 26/CP.27"
fwd(
    "activity",
    None,
    "Requests the Executive Secretary ⟦to take further measures to reduce Parties’ outstanding contributions⟧",
    "requestedBy",
    para="8",
    act=D,
    n=1,
)
neg("decision 22/CP.26", "specified in table 1 in decision ⟦22/CP.26⟧", "as specified in")
fwd(
    "activity",
    None,
    "Requests the secretariat ⟦to continue implementing the mechanisms⟧",
    "requestedBy",
    para="16",
    act=D,
)
fwd(
    "activity",
    None,
    "Also requests the secretariat ⟦to inform the Subsidiary Body for Implementation⟧",
    "requestedBy",
    para="17",
    act=D,
)

doc("corpus/en/SC_S-RES-1454-2002.txt", "resolution", "S/RES/1454(2002)")
region(0, "5. Decides to remain seized of the matter.")
neg("S/RES/1454(2002)", "United Nations ⟦S/RES/1454 (2002)⟧", "the document's own symbol (header)")
neg("S/RES/661(1990)", "including resolution ⟦661 (1990)⟧ of", "recalling")
neg("S/RES/1447(2002)", "in particular, ⟦1447 (2002)⟧ of 4", "recalling")
neg("S/RES/661(1990)", "prohibitions referred to in resolution ⟦661 (1990)⟧", "referred to in")
neg(
    "S/RES/687(1991)",
    "including notably resolutions ⟦687 (1991)⟧",
    "fulfilment of resolutions by a State",
)
cite(
    "activity",
    None,
    "to extend ⟦the programme⟧\noriginated by",
    "extendedBy",
    "S/RES/1447(2002)",
    "Recalling its decision in resolution ⟦1447 (2002)⟧",
)
cite(
    "activity",
    None,
    "to extend ⟦the programme⟧\noriginated by",
    "establishedBy",
    "S/RES/986(1995)",
    "originated by resolution ⟦986 (1995)⟧",
)
neg("S/2002/515", "(⟦S/2002/515⟧)", "the list to be adjusted (a document cited)")
fwd(
    "activity",
    None,
    "⟦the revised procedures for implementation of the\nGoods Review List⟧",
    "establishedBy",
    para="1",
)
neg("S/RES/986(1995)", "as referred to in resolution ⟦986 (1995)⟧", "as referred to in")
neg("S/RES/1447(2002)", "as\ndefined in paragraph 1 of resolution ⟦1447 (2002)⟧", "as defined in")
cite(
    "body",
    "body:S/RES/661(1990)",
    "requests ⟦the Committee established by resolution 661 (1990)⟧ to review",
    "establishedBy",
    "S/RES/661(1990)",
    "requests the Committee established by resolution ⟦661 (1990)⟧",
    est="S/RES/661(1990)",
)
fwd(
    "activity",
    None,
    "⟦to review\nthe Goods Review List and the procedures for its implementation⟧",
    "requestedBy",
    para="2",
)
fwd("activity", None, "⟦to develop consumption\nrates and use levels⟧", "requestedBy", para="3")

doc("corpus/en/UNFCCC_FCCC-SBI-2018-11.txt", "report", "FCCC/SBI/2018/11")
region("2.\tConclusions\n\t\t10.", "The session of the SBI was then declared closed.")
fwd(
    "activity",
    None,
    "The SBI requested the secretariat ⟦to update, on the basis of the outcomes of this session⟧",
    "requestedBy",
    para="11",
)
neg("decision 1/CP.23", "referred to in paragraph 3 of decision ⟦1/CP.23⟧", "referred to in")
fwd(
    "activity",
    None,
    "the presiding officers of the APA, the SBSTA and the SBI should ⟦prepare a joint reflections note⟧",
    "requestedBy",
    para="12",
)
fwd(
    "activity",
    None,
    "the SBI requested its Chair ⟦to work closely with the other presiding officers on such a note⟧",
    "requestedBy",
    para="12",
)
fwd(
    "activity",
    None,
    "authorized the SBI Chair on behalf of the Rapporteur ⟦to complete the report thereon⟧",
    "requestedBy",
    para="13",
)
# the second action the same request names ("... on such a note and to release it")
fwd(
    "activity",
    None,
    "on such a note and ⟦to release it by mid-October 2018⟧",
    "requestedBy",
    para="12",
)
fwd(
    "activity",
    None,
    "with the assistance of the secretariat and ⟦to make it available to all Parties⟧",
    "requestedBy",
    para="13",
)

doc("corpus/en/UNFCCC_FCCC-SBSTA-2018-6.txt", "report", "FCCC/SBSTA/2018/6")
region(
    "2.\tConclusions\n\t\t12.",
    "Article 15 of the Paris Agreement and paragraphs 102 and 103 of decision 1/CP.21 |",
)
fwd(
    "activity",
    None,
    "The SBSTA requested the secretariat ⟦to update, on the basis of the outcomes of this session⟧",
    "requestedBy",
    para="13",
)
neg("decision 1/CP.23", "referred to in paragraph 3 of decision ⟦1/CP.23⟧", "referred to in")
fwd(
    "activity",
    None,
    "the presiding officers of the APA, the SBI and the SBSTA should ⟦prepare a joint reflections note⟧",
    "requestedBy",
    para="14",
)
fwd(
    "activity",
    None,
    "the SBSTA requested its Chair ⟦to work closely with the other presiding officers on such a note⟧",
    "requestedBy",
    para="14",
)
fwd(
    "activity",
    None,
    "authorized the SBSTA Chair on behalf of the Rapporteur ⟦to complete the report thereon⟧",
    "requestedBy",
    para="15",
)
# the second action the same request names ("... on such a note and to release it")
fwd(
    "activity",
    None,
    "on such a note and ⟦to release it by mid-October 2018⟧",
    "requestedBy",
    para="14",
)
fwd(
    "activity",
    None,
    "with the assistance of the secretariat and ⟦to make it available to all Parties⟧",
    "requestedBy",
    para="15",
)
for art, paras in (
    ("4", "22–35"),
    ("6", "36–40"),
    ("7", "41, 42 and 45"),
    ("9", "52–64"),
    ("10", "66–70"),
    ("13", "84–98"),
    ("14", "99–101"),
    ("15", "102 and 103"),
):
    neg(
        "decision 1/CP.21",
        f"Matters relating to Article {art} of the Paris Agreement and paragraphs {paras} of decision ⟦1/CP.21⟧",
        "annex table: matters relating to",
    )
neg(
    "decision 1/CP.21",
    "the mitigation section of decision ⟦1/CP.21⟧",
    "annex table: guidance in relation to",
)

doc("corpus/en/GA_A-RES-80-9.txt", "resolution", "A/RES/80/9")
neg("A/80/L.8", "(⟦A/80/L.8⟧)", "draft of the resolution (header)")
neg("A/RES/79/1", "contained in resolution ⟦79/1⟧", "welcoming")
skip(
    "A/RES/64/293",
    "prepared by the United Nations Office on Drugs and Crime pursuant to the ⟦Global Plan of Action⟧",
    "a named plan adopted by resolution 64/293, keyed only through a footnote",
)
fwd(
    "activity",
    None,
    "request the Office ⟦to continue to collect information⟧",
    "requestedBy",
    para="annex 25",
)
for ref, key in (
    ("Resolution 64/293", "A/RES/64/293"),
    ("Resolution 72/1", "A/RES/72/1"),
    ("Resolution 76/7", "A/RES/76/7"),
    ("Resolution 70/1", "A/RES/70/1"),
    ("Resolution 73/195", "A/RES/73/195"),
    ("See resolution 68/192", "A/RES/68/192"),
    ("Resolution 48/134", "A/RES/48/134"),
):
    neg(key, ref.rsplit(" ", 1)[0] + " ⟦" + ref.rsplit(" ", 1)[1] + "⟧", "footnote that only cites")
neg("CEDAW/C/GC/38", "⟦CEDAW/C/GC/38⟧.", "footnote that only cites")
fwd(
    "activity",
    None,
    "⟦to continue to increase its activities related to the implementation of the Global Plan of Action⟧",
    "requestedBy",
    para="annex 22",
)

if __name__ == "__main__":
    write()
