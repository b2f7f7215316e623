import { BoundarySpannerStyle } from './style';

/** What a style brings, its pitfalls and how to work with it: the text of a style page. */
export interface StyleDescription {
  style: BoundarySpannerStyle;
  name: string;
  /** One sentence: what this style brings to a shared task. */
  brings: string;
  qualities: string[];
  pitfalls: string[];
  workingWith: string[];
  /** How this style complements the other five. */
  complements: string;
}

type Text = Omit<StyleDescription, 'style'>;

// Original texts written for Leerhuis (no published instrument is copied). Kept as data so a
// licensed official version can replace them without touching code.
const DESCRIPTIONS: Record<BoundarySpannerStyle, { nl: Text; en: Text }> = {
  [BoundarySpannerStyle.Verbinder]: {
    nl: {
      name: 'Verbinder',
      brings:
        'De verbinder legt relaties over de grenzen van organisaties heen en bouwt het vertrouwen waarop samenwerking rust.',
      qualities: [
        'Ziet wie wie moet kennen en brengt mensen met elkaar in contact.',
        'Luistert echt en maakt anderen zich gehoord en veilig voelen.',
        'Onderhoudt een breed netwerk, ook buiten de eigen organisatie.',
        'Overbrugt verschillen in taal en cultuur tussen organisaties.',
      ],
      pitfalls: [
        'Wil de relatie goed houden en vermijdt daardoor soms het conflict dat nodig is.',
        'Blijft verbinden zonder dat er een concrete stap uit voortkomt.',
        'Neemt veel op zich en raakt overbelast door alle contacten.',
      ],
      workingWith: [
        'Vraag wie hij of zij nog kent die kan helpen: het netwerk is een bron.',
        'Geef tijd voor kennismaking; haast ondergraaft het vertrouwen.',
        'Spreek samen af wat een gesprek moet opleveren, zodat verbinden tot resultaat leidt.',
      ],
      complements:
        'Zorgt dat de ideeën van de vinder en de kaart van de cartograaf bij de juiste mensen landen, en geeft de onderhandelaar een basis van vertrouwen om op te onderhandelen.',
    },
    en: {
      name: 'Connector',
      brings:
        'The connector builds relationships across organisational boundaries and the trust that collaboration rests on.',
      qualities: [
        'Sees who should know whom and brings people together.',
        'Really listens and makes others feel heard and safe.',
        'Keeps a broad network, also outside their own organisation.',
        'Bridges differences in language and culture between organisations.',
      ],
      pitfalls: [
        'Wants to keep the relationship good and so sometimes avoids a conflict that is needed.',
        'Keeps connecting without a concrete step coming out of it.',
        'Takes on a lot and gets overloaded by all the contacts.',
      ],
      workingWith: [
        'Ask whom they know who could help: their network is a resource.',
        'Allow time to get acquainted; haste undermines trust.',
        'Agree together what a conversation should yield, so connecting leads to results.',
      ],
      complements:
        'Makes sure the finder’s ideas and the cartographer’s map reach the right people, and gives the negotiator a basis of trust to negotiate on.',
    },
  },
  [BoundarySpannerStyle.Motivator]: {
    nl: {
      name: 'Motivator',
      brings:
        'De motivator geeft energie aan de gezamenlijke opgave en houdt mensen betrokken, ook als het tegenzit.',
      qualities: [
        'Maakt zichtbaar waarom de opgave ertoe doet voor de samenleving.',
        'Viert kleine successen en houdt zo de vaart erin.',
        'Inspireert mensen uit verschillende organisaties om een stap extra te zetten.',
        'Blijft optimistisch en houdt vol als het lang duurt.',
      ],
      pitfalls: [
        'Kan de weerbarstigheid van de praktijk onderschatten.',
        'Enthousiasme kan voor anderen als druk voelen.',
        'Verliest soms de interesse als het werk routine wordt.',
      ],
      workingWith: [
        'Zet de motivator in bij de start en op momenten dat de energie wegzakt.',
        'Koppel het enthousiasme aan een realistische planning.',
        'Geef ruimte om het verhaal van de opgave te vertellen, binnen en buiten de groep.',
      ],
      complements:
        'Brengt beweging in wat de cartograaf in kaart brengt en de vinder bedenkt, en geeft de held het draagvlak dat nodig is om door te zetten.',
    },
    en: {
      name: 'Motivator',
      brings:
        'The motivator gives energy to the shared task and keeps people committed, also when things get tough.',
      qualities: [
        'Shows why the task matters to society.',
        'Celebrates small successes and so keeps up the pace.',
        'Inspires people from different organisations to go the extra mile.',
        'Stays optimistic and perseveres when it takes long.',
      ],
      pitfalls: [
        'May underestimate how stubborn practice can be.',
        'Enthusiasm can feel like pressure to others.',
        'Sometimes loses interest when the work becomes routine.',
      ],
      workingWith: [
        'Bring in the motivator at the start and when energy drops.',
        'Tie the enthusiasm to a realistic plan.',
        'Give room to tell the story of the task, inside and outside the group.',
      ],
      complements:
        'Sets in motion what the cartographer maps and the finder invents, and gives the hero the support needed to push through.',
    },
  },
  [BoundarySpannerStyle.Cartograaf]: {
    nl: {
      name: 'Cartograaf',
      brings:
        'De cartograaf brengt het speelveld in kaart: spelers, belangen, regels en verbanden, zodat iedereen weet waar de groep staat.',
      qualities: [
        'Overziet het geheel en ziet verbanden tussen organisaties en dossiers.',
        'Weet welke regels, geldstromen en besluitvorming ertoe doen.',
        'Maakt ingewikkelde situaties begrijpelijk met overzichten en plaatjes.',
        'Denkt na voordat er gehandeld wordt.',
      ],
      pitfalls: [
        'Blijft analyseren terwijl er al gehandeld had kunnen worden.',
        'Kan de kaart voor de werkelijkheid aanzien en het onverwachte missen.',
        'Komt soms afstandelijk over.',
      ],
      workingWith: [
        'Vraag de cartograaf om een overzicht aan het begin en bij elke nieuwe fase.',
        'Spreek af wanneer de analyse goed genoeg is om mee verder te gaan.',
        'Laat de kaart samen met anderen toetsen aan de praktijk.',
      ],
      complements:
        'Geeft de held en de motivator richting, laat de onderhandelaar de belangen zien en wijst de vinder op de plekken waar ruimte zit.',
    },
    en: {
      name: 'Cartographer',
      brings:
        'The cartographer maps the playing field — players, interests, rules and links — so everyone knows where the group stands.',
      qualities: [
        'Oversees the whole and sees links between organisations and files.',
        'Knows which rules, budgets and decision-making matter.',
        'Makes complex situations understandable with overviews and pictures.',
        'Thinks before acting.',
      ],
      pitfalls: [
        'Keeps analysing when action could already have been taken.',
        'May take the map for reality and miss the unexpected.',
        'Sometimes comes across as distant.',
      ],
      workingWith: [
        'Ask the cartographer for an overview at the start and at each new phase.',
        'Agree when the analysis is good enough to move on.',
        'Test the map against practice together with others.',
      ],
      complements:
        'Gives the hero and the motivator direction, shows the negotiator the interests and points the finder to where there is room.',
    },
  },
  [BoundarySpannerStyle.Held]: {
    nl: {
      name: 'Held',
      brings:
        'De held staat op voor de opgave, neemt verantwoordelijkheid en durft grenzen op te zoeken om iets voor elkaar te krijgen.',
      qualities: [
        'Hakt knopen door en neemt initiatief als anderen aarzelen.',
        'Durft tegen de stroom in te gaan als de opgave dat vraagt.',
        'Neemt persoonlijk risico en staat voor het resultaat.',
        'Doorbreekt impasses.',
      ],
      pitfalls: [
        'Gaat soms alleen op pad en neemt anderen niet mee.',
        'Kan regels en verhoudingen onnodig onder druk zetten.',
        'Loopt het risico op te branden.',
      ],
      workingWith: [
        'Geef de held een duidelijke doorbraakopdracht en het mandaat dat daarbij hoort.',
        'Zorg dat er rugdekking is, en dat de held die ook vraagt.',
        'Bespreek vooraf welke grenzen wel en niet overschreden mogen worden.',
      ],
      complements:
        'Zet de plannen van de cartograaf en de ideeën van de vinder om in daden, en heeft de verbinder en de onderhandelaar nodig om anderen mee te krijgen.',
    },
    en: {
      name: 'Hero',
      brings:
        'The hero stands up for the task, takes responsibility and dares to test boundaries to get things done.',
      qualities: [
        'Makes decisions and takes initiative when others hesitate.',
        'Dares to go against the tide when the task calls for it.',
        'Takes personal risk and answers for the result.',
        'Breaks deadlocks.',
      ],
      pitfalls: [
        'Sometimes goes it alone and does not bring others along.',
        'May put rules and relationships under needless strain.',
        'Runs the risk of burning out.',
      ],
      workingWith: [
        'Give the hero a clear breakthrough assignment and the mandate that goes with it.',
        'Make sure there is backing, and that the hero asks for it.',
        'Discuss beforehand which boundaries may and may not be crossed.',
      ],
      complements:
        'Turns the cartographer’s plans and the finder’s ideas into action, and needs the connector and the negotiator to bring others along.',
    },
  },
  [BoundarySpannerStyle.Vinder]: {
    nl: {
      name: 'Vinder',
      brings:
        'De vinder zoekt en vindt nieuwe wegen: onverwachte oplossingen, combinaties en kansen die anderen over het hoofd zien.',
      qualities: [
        'Denkt buiten de gebaande paden en stelt verrassende vragen.',
        'Ziet kansen in combinaties van mensen, middelen en ideeën.',
        'Probeert dingen uit en leert van experimenten.',
        'Haalt inspiratie uit andere sectoren en landen.',
      ],
      pitfalls: [
        'Springt van idee naar idee zonder af te maken.',
        'Kan geduld verliezen met procedures en uitvoering.',
        'Ideeën komen soms te vroeg voor de organisatie.',
      ],
      workingWith: [
        'Geef de vinder ruimte om te verkennen, met een afgesproken moment om te kiezen.',
        'Koppel de vinder aan iemand die ideeën uitwerkt en afmaakt.',
        'Neem afwijkende ideeën serieus, ook als ze nog niet af zijn.',
      ],
      complements:
        'Opent nieuwe mogelijkheden voor de onderhandelaar en de held, en heeft de cartograaf nodig om te zien waar een idee past.',
    },
    en: {
      name: 'Finder',
      brings:
        'The finder looks for and finds new routes: unexpected solutions, combinations and opportunities that others overlook.',
      qualities: [
        'Thinks outside the beaten track and asks surprising questions.',
        'Sees opportunities in combining people, means and ideas.',
        'Tries things out and learns from experiments.',
        'Draws inspiration from other sectors and countries.',
      ],
      pitfalls: [
        'Jumps from idea to idea without finishing.',
        'May lose patience with procedures and implementation.',
        'Ideas sometimes come too early for the organisation.',
      ],
      workingWith: [
        'Give the finder room to explore, with an agreed moment to choose.',
        'Pair the finder with someone who works ideas out and finishes them.',
        'Take unusual ideas seriously, even when they are not finished yet.',
      ],
      complements:
        'Opens new possibilities for the negotiator and the hero, and needs the cartographer to see where an idea fits.',
    },
  },
  [BoundarySpannerStyle.Onderhandelaar]: {
    nl: {
      name: 'Onderhandelaar',
      brings:
        'De onderhandelaar brengt belangen bij elkaar en maakt afspraken waar alle partijen zich aan verbinden.',
      qualities: [
        'Herkent de belangen achter standpunten.',
        'Zoekt ruil en ruimte waar anderen alleen tegenstellingen zien.',
        'Zorgt voor heldere afspraken, mandaat en commitment.',
        'Blijft zakelijk en rustig onder druk.',
      ],
      pitfalls: [
        'Kan de opgave ondergeschikt maken aan een deal.',
        'Komt soms berekenend over.',
        'Houdt informatie te lang achter als onderhandelingspositie.',
      ],
      workingWith: [
        'Betrek de onderhandelaar als belangen botsen of als er afspraken vastgelegd moeten worden.',
        'Wees open over je eigen belangen en grenzen.',
        'Spreek af welk mandaat de onderhandelaar namens de groep heeft.',
      ],
      complements:
        'Legt vast wat de verbinder aan vertrouwen heeft opgebouwd en wat de vinder heeft bedacht, en gebruikt de kaart van de cartograaf om belangen te wegen.',
    },
    en: {
      name: 'Negotiator',
      brings:
        'The negotiator brings interests together and makes agreements that all parties commit to.',
      qualities: [
        'Recognises the interests behind positions.',
        'Looks for trade-offs and room where others see only opposites.',
        'Secures clear agreements, mandate and commitment.',
        'Stays businesslike and calm under pressure.',
      ],
      pitfalls: [
        'May subordinate the task to a deal.',
        'Sometimes comes across as calculating.',
        'Holds back information too long as a bargaining position.',
      ],
      workingWith: [
        'Involve the negotiator when interests clash or agreements need to be made.',
        'Be open about your own interests and limits.',
        'Agree what mandate the negotiator has on behalf of the group.',
      ],
      complements:
        'Secures the trust the connector built and what the finder came up with, and uses the cartographer’s map to weigh interests.',
    },
  },
};

/** The style page text in Dutch (default) or English. */
export function describeStyle(style: BoundarySpannerStyle, locale: 'nl' | 'en'): StyleDescription {
  const texts = DESCRIPTIONS[style];
  if (!texts) throw new RangeError(`Unknown boundary-spanner style ${String(style)}`);
  return { style, ...(locale === 'en' ? texts.en : texts.nl) };
}
