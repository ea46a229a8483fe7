// The mail world's word lists: per language, common words plus ham-topic and spam-topic words.

export const LANGUAGES = ['en', 'es', 'de', 'fr', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface LanguageVocabulary {
  /** Function words every message uses; they carry no class signal. */
  common: readonly string[];
  /** Everyday work and family mail. */
  ham: readonly string[];
  /** Offers, prizes, money and account scares. */
  spam: readonly string[];
}

const words = (text: string): readonly string[] => Object.freeze(text.trim().split(/\s+/));

export const VOCABULARY: Readonly<Record<Language, LanguageVocabulary>> = {
  en: {
    common: words('the and to of a in is for on you it with this that be are at we have from your will can as our all just not by about'),
    ham: words('meeting project report thanks schedule review team lunch tomorrow draft agenda notes family weekend photos call question update slides dinner birthday deadline attached budget homework lecture kids'),
    spam: words('free winner prize click offer cash urgent claim bonus guaranteed limited discount crypto investment loan credit unsubscribe deal exclusive lottery password verify account congratulations million pills casino'),
  },
  es: {
    common: words('el la de que y en un una es por con para los las su al lo como más pero sus le ya o este si porque esta entre cuando'),
    ham: words('reunión proyecto informe gracias equipo mañana borrador agenda familia fotos llamada pregunta cena cumpleaños plazo adjunto presupuesto clase niños viaje oficina tarea semana almuerzo revisión'),
    spam: words('gratis ganador premio oferta dinero urgente reclamar bono garantizado limitado descuento préstamo crédito exclusivo lotería contraseña verificar cuenta felicidades millón casino inversión ahora haga clic'),
  },
  de: {
    common: words('der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach'),
    ham: words('besprechung projekt bericht danke team morgen entwurf tagesordnung familie fotos anruf frage abendessen geburtstag frist anhang budget vorlesung kinder reise büro aufgabe woche mittagessen termin'),
    spam: words('kostenlos gewinner preis angebot geld dringend gewinn prämie garantiert begrenzt rabatt kredit darlehen exklusiv lotterie passwort bestätigen konto glückwunsch million casino investition jetzt klicken sofort'),
  },
  fr: {
    common: words('le la de et les des en un une du est pour que qui dans par sur pas au avec ce il vous nous se sont ou mais plus son'),
    ham: words('réunion projet rapport merci équipe demain brouillon ordre famille photos appel question dîner anniversaire échéance pièce budget cours enfants voyage bureau devoir semaine déjeuner rendez'),
    spam: words('gratuit gagnant prix offre argent urgent réclamer prime garanti limité remise prêt crédit exclusif loterie passe vérifier compte félicitations million casino investissement maintenant cliquez immédiatement'),
  },
  pt: {
    common: words('o a de que e do da em um para é com não uma os no se na por mais as dos como mas ao ele das seu sua ou'),
    ham: words('reunião projeto relatório obrigado equipe amanhã rascunho pauta família fotos ligação pergunta jantar aniversário prazo anexo orçamento aula crianças viagem escritório tarefa semana almoço revisão'),
    spam: words('grátis vencedor prêmio oferta dinheiro urgente resgatar bônus garantido limitado desconto empréstimo crédito exclusivo loteria senha verificar conta parabéns milhão cassino investimento agora clique imediatamente'),
  },
};

/** Every word the baseline world can produce; campaign vocabulary must come from outside it. */
export const BASE_WORDS: ReadonlySet<string> = new Set(
  LANGUAGES.flatMap((language) => [...VOCABULARY[language].common, ...VOCABULARY[language].ham, ...VOCABULARY[language].spam]),
);
