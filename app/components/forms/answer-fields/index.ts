/**
 * The shared application-form renderer: the builder's preview and the applying pages show a
 * form definition through these, so what staff preview is what applicants get.
 */
export { QuestionFields, type QuestionFieldsProps } from "./question-fields";
export { QuestionField, questionLimits } from "./question-field";
export { BudgetTable, budgetRows, EMPTY_BUDGET_ROWS } from "./budget-table";
export { FormText, UntranslatedNote, shown } from "./form-text";
export { answerErrorValues, answerErrorsAsFieldErrors } from "./answer-errors";
