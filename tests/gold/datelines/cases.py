"""The dateline gold: each case is (file stem, outlet, doc_date or None, source, evidence, text).

Written by the lead before the tool ran on any of them. The date lines and datelines follow real
formats of each outlet (see README.md); the bodies are our own words.
"""
CASES = [
("reuters-dateline-dayline", "Reuters", "2022-01-26", "byline", "Wednesday, 26 January 2022",
"""Wednesday, 26 January 2022

MOSCOW, Jan 26 (Reuters) - Russia said on Wednesday it would study written replies from Washington on its security demands before deciding its next step, as tens of thousands of its troops stayed near the border with Ukraine.

Kremlin spokesman Dmitry Peskov told reporters that Moscow was in no hurry and that President Vladimir Putin would be briefed on the documents."""),
("reuters-full-date-dateline", "Reuters", "2023-03-03", "dateline", "LONDON, March 3, 2023 (Reuters)",
"""LONDON, March 3, 2023 (Reuters) - British house prices fell for a sixth month in a row in February, mortgage lender Nationwide said on Friday, the longest run of declines since the 2008 financial crisis.

Prices were 1.1% lower than a year earlier, the first annual fall since 2012."""),
("reuters-no-year", "Reuters", None, "none", "SEOUL, Dec 31 (Reuters) - (no year anywhere)",
"""North Korea fires missile toward sea, Seoul says

SEOUL, Dec 31 (Reuters) - North Korea fired a ballistic missile toward the sea off the east coast of the Korean Peninsula on Saturday, South Korea's military said.

Japan's coast guard also reported a possible launch, adding that the object appeared to have already fallen."""),
("reuters-page-date-line", "Reuters via a partner site", "2022-02-28", "byline", "Feb 28, 2022",
"""Russia has moved about half of its border force into Ukraine, officials say

Reuters
Feb 28, 2022  •  26 minutes ago  •  1 minute read

LONDON - Russia has sent roughly half of the forces it had massed on Ukraine's borders into the country, Western officials said on Monday.

(Reporting by a London newsroom; editing by the desk)"""),
("ap-published-line", "Associated Press", "2024-06-03", "byline", "Published 4:12 PM EDT, June 3, 2024",
"""Mexico elects its first woman president in a landslide

By a staff writer
Published 4:12 PM EDT, June 3, 2024

MEXICO CITY (AP) — Claudia Sheinbaum, a former mayor of the capital and a climate scientist, won Mexico's presidential election by a wide margin, official quick counts showed Monday.

She will take office on Oct. 1 for a six-year term."""),
("ap-updated-only", "Associated Press", "2023-11-12", "byline", "Updated 10:47 AM GMT+1, November 12, 2023",
"""Firefighters contain blaze at Spanish warehouse

Updated 10:47 AM GMT+1, November 12, 2023

MADRID (AP) — Firefighters on Sunday brought under control a fire that had burned through a logistics warehouse south of Madrid overnight, regional emergency services said. No one was hurt."""),
("ap-no-date", "Associated Press", None, "none", "WASHINGTON (AP) — (no date line)",
"""Senate passes stopgap bill to avert shutdown

WASHINGTON (AP) — The Senate approved a short-term spending bill late Thursday that keeps the government open for another six weeks, sending it to the president hours before funding was due to run out.

The vote was 77-19."""),
("afp-published-numeric", "AFP (France 24 page)", "2021-07-14", "byline", "Issued on: 14/07/2021 - 18:31",
"""Macron marks Bastille Day with scaled-back parade

Issued on: 14/07/2021 - 18:31

Paris (AFP) – France held its traditional Bastille Day military parade on the Champs-Elysees on Wednesday, with fewer spectators than usual because of health restrictions.

About 5,000 troops took part, the armed forces ministry said."""),
("afp-dateline-straits", "AFP (Straits Times page)", "2019-05-04", "byline", "PUBLISHED MAY 4, 2019, 11:40 PM SGT",
"""North Korea fires several short-range projectiles: Seoul

PUBLISHED MAY 4, 2019, 11:40 PM SGT

SEOUL (AFP) - North Korea fired several short-range projectiles into the sea off its east coast on Saturday, the South's military said, the first such launch in more than a year."""),
("yonhap-dateline-stamp", "Yonhap", "2024-03-05", "byline", "2024-03-05 14:32",
"""(LEAD) S. Korea, U.S. begin annual springtime exercise

2024-03-05 14:32

SEOUL, March 5 (Yonhap) -- South Korea and the United States kicked off their annual springtime military exercise on Tuesday, with a record number of field training events, officials said."""),
("yonhap-allnews", "Yonhap", "2023-08-21", "byline", "All News 09:10 August 21, 2023",
"""Doctors' group warns of strike over quota plan

All News 09:10 August 21, 2023

SEOUL, Aug. 21 (Yonhap) -- A doctors' association on Monday threatened to walk out if the government went ahead with a plan to raise medical school admissions, setting up a clash ahead of the autumn session of parliament."""),
("xinhua-source-line", "Xinhua", "2024-06-18", "byline", "Source: Xinhua | 2024-06-18 21:05:12",
"""Xi delivers instructions on flood control

Source: Xinhua | 2024-06-18 21:05:12 | Editor: huaxia

BEIJING, June 18 (Xinhua) -- Chinese President Xi Jinping has called for all-out efforts in flood control and drought relief to protect lives and property, as heavy rain lashed southern provinces."""),
("xinhua-china-org", "Xinhua (china.org.cn page)", "2017-12-01", "byline", "Xinhua, December 01, 2017",
"""World view can help all, Xi says

0 Comment(s) Print E-mail Xinhua, December 01, 2017
Adjust font size:

China will keep opening up and take a more active part in global governance, President Xi Jinping said on Thursday while meeting former foreign leaders in Beijing."""),
("xinhua-no-year", "Xinhua", None, "none", "BEIJING, Nov. 11 (Xinhua) -- (no year)",
"""BEIJING, Nov. 11 (Xinhua) -- China's online shopping festival set a new sales record on Saturday, according to data released by the country's largest e-commerce platforms.

Logistics companies said they expected to handle more than 600 million parcels in the following days."""),
("pti-updated-ist", "PTI (Economic Times page)", "2024-03-05", "byline", "Last Updated: Mar 05, 2024, 06:45:00 PM IST",
"""Govt extends free ration scheme, says minister

PTI
Last Updated: Mar 05, 2024, 06:45:00 PM IST

New Delhi, Mar 5 (PTI) The Centre has extended its free foodgrain scheme for 81 crore beneficiaries, Food Minister Piyush Goyal said on Tuesday."""),
("pti-dateline-only", "PTI", None, "none", "Mumbai, Jan 9 (PTI) (no year)",
"""Mumbai, Jan 9 (PTI) The Bombay High Court on Monday sought a reply from the state government on a petition challenging the demolition of a heritage building in south Mumbai.

The matter will be heard again in two weeks."""),
("anadolu-dotted", "Anadolu Agency", "2023-02-06", "byline", "06.02.2023",
"""Powerful earthquake hits southern Türkiye

Anadolu Staff | 06.02.2023 - Update : 06.02.2023

ANKARA

A magnitude 7.7 earthquake struck Kahramanmaras province in southern Türkiye early Monday, the country's disaster agency AFAD said, with tremors felt across the region."""),
("tass-dated-line", "TASS", "2015-01-30", "byline", "30 JAN 2015, 14:20",
"""Russian military denies troop transfer report

30 JAN 2015, 14:20

MOSCOW, January 30. /TASS/. Russia's military has denied a media report that servicemen from its base in Tajikistan were being sent west, a district spokesman said on Friday."""),
("tass-no-year", "TASS", None, "none", "MOSCOW, January 30. /TASS/. (no year)",
"""All news

Russian military denies deployment report

MOSCOW, January 30. /TASS/. A spokesman for Russia's Central Military District refuted a claim that some 3,000 troops were being sent to a border area. "The information is made up," he told TASS on Friday."""),
("kyodo-line", "Kyodo", "2023-01-12", "byline", "Jan 12, 2023 | KYODO NEWS",
"""Japan, U.K. sign defense pact allowing troop visits

Jan 12, 2023 | KYODO NEWS

TOKYO - Japan and Britain signed an agreement on Wednesday that makes it easier for their forces to train in each other's countries, the first such pact Japan has concluded with a European nation."""),
("dawn-published", "Dawn (Pakistan)", "2022-08-29", "byline", "Published August 29, 2022",
"""Flood death toll crosses 1,000 as rains lash Sindh

Our Correspondent
Published August 29, 2022

KARACHI: The number of people killed in floods since mid-June rose past 1,000 on Monday, the National Disaster Management Authority said, as fresh rains battered Sindh and Balochistan."""),
("the-hindu-updated", "The Hindu", "2024-01-22", "byline", "Updated - January 22, 2024 10:23 pm IST",
"""Ram temple consecrated in Ayodhya

Updated - January 22, 2024 10:23 pm IST
Published - January 22, 2024 01:15 pm IST

AYODHYA: Prime Minister Narendra Modi led the consecration ceremony of the Ram temple in Ayodhya on Monday, in the presence of thousands of invited guests."""),
("premium-times-date", "Premium Times (Nigeria)", "2023-06-14", "byline", "June 14, 2023",
"""Police arrest 15 suspects over Niger State attack

June 14, 2023
By a staff reporter

The Niger State Police Command said it had arrested 15 suspects linked to an attack on a village in Mariga Local Government Area, in which five people were killed last week."""),
("nation-kenya-weekday", "Daily Nation (Kenya)", "2024-03-05", "byline", "Tuesday, March 05, 2024",
"""MPs reject bill to extend term limits

Tuesday, March 05, 2024

Members of the National Assembly on Tuesday threw out a constitutional amendment bill that would have extended the term of county governors, after a heated debate in Nairobi."""),
("kathmandu-post-published", "The Kathmandu Post", "2023-01-15", "byline", "Published at : January 15, 2023",
"""Plane crashes near Pokhara with 72 on board

Published at : January 15, 2023
Updated at : January 16, 2023 07:10

A Yeti Airlines aircraft with 72 people on board crashed into a gorge near Pokhara on Sunday morning, officials said."""),
("aljazeera-published-on", "Al Jazeera", "2024-03-05", "byline", "Published On 5 Mar 2024",
"""UN envoy says Haiti gangs control most of the capital

Published On 5 Mar 2024

A senior United Nations official has warned that armed gangs now control more than 80 percent of Haiti's capital, Port-au-Prince, as the interim government struggles to restore order."""),
("scmp-published", "South China Morning Post", "2024-03-05", "byline", "Published: 6:00pm, 5 Mar 2024",
"""China sets growth target of around 5 per cent

Published: 6:00pm, 5 Mar 2024
Updated: 9:21pm, 5 Mar 2024

Premier Li Qiang told the National People's Congress on Tuesday that Beijing was aiming for economic growth of around 5 per cent this year."""),
("guardian-stamp", "The Guardian", "2024-03-05", "byline", "Tue 5 Mar 2024 18.00 GMT",
"""Ministers announce fresh funding for flood defences

Tue 5 Mar 2024 18.00 GMT

The government has set aside an extra £200m for flood defences in England after a winter of repeated storms, the environment secretary announced on Tuesday."""),
("bbc-plain-date", "BBC", "2023-10-07", "byline", "7 October 2023",
"""Israel says it is at war after surprise attack

7 October 2023

Israel's prime minister has said the country is at war after militants launched a surprise attack from Gaza early on Saturday, firing thousands of rockets and crossing the border."""),
("lemonde-published-on", "Le Monde in English", "2024-06-09", "byline", "Published on June 9, 2024, at 9:51 pm (Paris)",
"""Macron dissolves National Assembly after European election defeat

Published on June 9, 2024, at 9:51 pm (Paris)

President Emmanuel Macron announced on Sunday evening that he was dissolving the National Assembly and calling snap legislative elections, after his party was beaten by the far right in the European vote."""),
("posted-on-blog", "a regional news site", "2021-09-17", "byline", "Posted on Sep 17, 2021 by",
"""County fair returns after a year off

Posted on Sep 17, 2021 by Newsroom

The county fair opened its gates on Friday for the first time since the pandemic cancelled last year's event, with organisers expecting 40,000 visitors over the weekend."""),
("iso-date-line", "a wire feed export", "2020-11-03", "byline", "Date: 2020-11-03",
"""Date: 2020-11-03
Slug: US-ELECTION-TURNOUT

Americans lined up across the country on Tuesday to vote in a presidential election, with more than 100 million ballots already cast before polls opened."""),
("european-numeric", "a European daily", "2024-03-23", "byline", "23/03/2024 08:15",
"""Rail strike halts trains across the country

23/03/2024 08:15

Train services were cancelled across most of the country on Saturday as unions held a 24-hour strike over pay, the national railway operator said."""),
("dateline-full-date-nyt", "The New York Times", "2019-04-15", "byline", "April 15, 2019",
"""Fire engulfs Notre-Dame Cathedral in Paris

April 15, 2019

PARIS — A fire tore through Notre-Dame Cathedral on Monday evening, toppling its spire and consuming much of its roof as crowds watched in horror along the Seine."""),
("body-date-only", "a wire story without date lines", None, "none", "(only an event date in the body: 'on March 3, 2023')",
"""Court upholds ban on protest camp

LONDON (Reuters) - A court upheld a ban on a protest camp outside parliament, ruling that the restriction imposed by police on March 3, 2023 had been lawful.

The campaigners said they would consider an appeal."""),
("no-date-feature", "a magazine feature", None, "none", "(no date at all)",
"""The quiet revival of the night train

Across Europe, sleeper services that were cut a decade ago are coming back. Operators say demand has grown every year since they returned, and new routes are planned to link the capitals of the north and the south."""),
("yonhap-updated-korean-style", "Yonhap", "2022-10-30", "byline", "2022-10-30 08:41",
"""(3rd LD) Crowd crush in Seoul's Itaewon kills at least 151

2022-10-30 08:41

SEOUL, Oct. 30 (Yonhap) -- At least 151 people were killed and scores injured in a crowd crush during Halloween festivities in Seoul's Itaewon district late Saturday, officials said Sunday."""),
("japan-times-date", "The Japan Times", "2024-01-01", "byline", "Jan 1, 2024",
"""Powerful quake strikes Noto Peninsula, tsunami warning issued

Jan 1, 2024

KANAZAWA, ISHIKAWA PREF. – A magnitude 7.6 earthquake struck the Noto Peninsula on Monday afternoon, prompting a major tsunami warning along the Sea of Japan coast."""),
]
