import type { FormDefinition } from "./definition";
import { formDefinitionSchema } from "./definition-schema";

/**
 * The first draft a funder starts from: the few things a small community grant really needs
 * to know, asked in plain words. Funders and their working group reword, translate and add
 * to it; a blank page would push them towards copying a long form from elsewhere.
 */
export function starterDefinition(): FormDefinition {
  return formDefinitionSchema.parse({
    sourceLocale: "en",
    sections: [
      {
        id: "about-your-group",
        title: { en: "About your group" },
        description: {
          en: "Tell us who you are. You do not need to be a registered organisation.",
        },
        questions: [
          {
            id: "group-name",
            type: "shortText",
            label: { en: "What is your group called?" },
            required: true,
            maxLength: 150,
          },
          {
            id: "group-people",
            type: "longText",
            label: { en: "Who is in your group, and who do you work with?" },
            help: {
              en: "A few sentences are enough. You can write in the language you are most comfortable with.",
            },
            required: true,
            maxWords: 200,
          },
        ],
      },
      {
        id: "your-project",
        title: { en: "Your project" },
        questions: [
          {
            id: "project-what",
            type: "longText",
            label: { en: "What do you want to do with the grant?" },
            help: { en: "Say what will happen, where, and how often." },
            required: true,
            maxWords: 300,
            allowRecording: true,
          },
          {
            id: "project-why",
            type: "longText",
            label: { en: "What difference will it make, and for whom?" },
            required: true,
            maxWords: 300,
          },
          { id: "project-start", type: "date", label: { en: "When would you like to start?" } },
        ],
      },
      {
        id: "budget",
        title: { en: "Budget" },
        questions: [
          {
            id: "budget-items",
            type: "budgetTable",
            label: { en: "What will you spend the money on?" },
            help: {
              en: "One line for each thing, for example room hire, food, childcare or travel.",
            },
            required: true,
            maxRows: 15,
            capAtPotMaximum: true,
          },
        ],
      },
      {
        id: "declaration",
        title: { en: "Declaration" },
        questions: [
          {
            id: "declaration-true",
            type: "declaration",
            label: { en: "What I have written is true, and our group agrees to apply." },
            required: true,
          },
        ],
      },
    ],
  });
}
