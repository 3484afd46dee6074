# Flow: home_education (thuisonderwijs, vrijstelling 5 onder b). Source language: Dutch.
# Thuisonderwijs is iets anders dan thuiszitten: houd die twee gescheiden.
home_education-start =
    Thuisonderwijs betekent: u kiest er zelf voor om uw kind thuis les te geven. Dat is iets anders dan thuiszitten. Wat wilt u weten?
home_education-c-rules = Ik wil mijn kind zelf thuis onderwijs geven
home_education-c-thuiszitter = Mijn kind zit thuis omdat school niet lukt
home_education-c-school-says = De school zegt dat ik mijn kind thuis les moet geven
home_education-c-ill = Vrijstelling omdat mijn kind ziek is of psychisch niet naar school kan
home_education-c-what-now = Wat kan ik doen als mijn kind thuis zit?

home_education-rules =
    Thuisonderwijs kan alleen met een vrijstelling van de leerplicht op grond van artikel 5 onder b van de Leerplichtwet. Dat kan alleen als u bezwaar hebt tegen de godsdienstige of levensbeschouwelijke richting van alle scholen binnen redelijke afstand van uw huis.
    - Het niet eens zijn met de manier van lesgeven is geen geldige reden.
    - U moet de vrijstelling op tijd melden bij de gemeente. Vraag de leerplichtambtenaar hoe en wanneer: { $leerplicht }
    - Staat uw kind nu op een school ingeschreven? Dan kunt u meestal niet zomaar midden in het schooljaar overstappen op thuisonderwijs.
    Let op: thuisonderwijs is iets anders dan thuiszitten. Zit uw kind thuis omdat school niet lukt? Kies dan in het menu 'Mijn kind zit thuis zonder school'.

home_education-thuiszitter =
    Dan is uw kind een thuiszitter. Dat is iets anders dan thuisonderwijs, en dat verschil is belangrijk:
    - De school waar uw kind ingeschreven staat en het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen) blijven verantwoordelijk voor passend onderwijs.
    - U hoeft het onderwijs niet zelf over te nemen.
    - Sommige ouders vragen uit noodzaak een vrijstelling aan. Dat heeft gevolgen: de school hoeft dan geen onderwijs meer te geven. Bespreek het eerst met een adviseur.
    Wat wilt u doen?

home_education-school-says =
    Nee, de school kan u niet verplichten om uw kind thuis les te geven. De school blijft verantwoordelijk voor het onderwijs, ook als uw kind (deels) thuis is. Dat is geen thuisonderwijs.
    Dit kunt u doen:
    - Vraag de school schriftelijk welk onderwijs uw kind krijgt en wie daarvoor zorgt.
    - Meld het bij leerplicht: { $leerplicht }. En bij het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen): { $swv }
    - Vraag advies aan Ouders & Onderwijs (0800-5010) of de Onderwijsconsulenten (070-312 28 87).

home_education-ill =
    Kan uw kind door lichamelijke of psychische redenen niet naar school? Dan gaat het om een andere vrijstelling: artikel 5 onder a.
    - U hebt een verklaring nodig van een onafhankelijke arts, psycholoog of pedagoog die de gemeente aanwijst. Uw eigen huisarts of behandelaar mag dat niet zijn.
    - De vrijstelling geldt 1 jaar. Meestal moet u haar elk jaar vóór 1 juli opnieuw regelen.
    - Kan uw kind wel een deel van de tijd naar school? Dan kan minder uren ook zonder vrijstelling, via het OPP (het plan voor de ondersteuning van uw kind).
    Let op: met een vrijstelling hoeft uw kind niet meer naar school, en hoeft de school geen onderwijs meer te geven. Bespreek eerst met de school, de leerplichtambtenaar en een adviseur wat dat betekent voor onderwijs en hulp.
