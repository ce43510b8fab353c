"use server";
import { refresh } from "next/cache";
import type { ScenarioFormState } from "@/app/_components/scenarios/form-state";
import { requireUser } from "@/server/auth";
import { ForbiddenError } from "@/server/authz";
import { formOf } from "@/server/http/form-input";
import { addHypotheticalOffer, addRemoval, deleteHypotheticalOffer, undoRemoval } from "@/server/scenarios/mutations";

// The scenario's edit page. Each action's form carries the scenario's id; the domain checks
// planning:edit and answers an unknown id with its 404.

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};
const texts = (formData: FormData, name: string) => formData.getAll(name).filter((v): v is string => typeof v === "string");

/** "Hinzufügen": a hypothetical offer, or the errors next to their fields. */
export async function addHypotheticalOfferAction(_prev: ScenarioFormState, formData: FormData): Promise<ScenarioFormState> {
  formData = formOf(formData);
  const scenarioId = text(formData, "scenarioId");
  const user = await requireUser("/planung/szenarien");
  const values = {
    name: text(formData, "name"),
    area: text(formData, "area"),
    angebotsart: text(formData, "angebotsart"),
    handlungsfelder: texts(formData, "handlungsfelder"),
    lebensphasen: texts(formData, "lebensphasen"),
    places: text(formData, "places"),
    fte: text(formData, "fte"),
  };
  try {
    const result = await addHypotheticalOffer(user, scenarioId, values);
    if (!result.ok) return { values, errors: result.errors, formError: null, done: null };
  } catch (err) {
    if (err instanceof ForbiddenError) return { values, errors: {}, formError: "forbidden", done: null };
    throw err;
  }
  refresh(); // the list of hypothetical offers above the form
  return { values: {}, errors: {}, formError: null, done: values.name.trim() };
}

export async function deleteHypotheticalOfferAction(formData: FormData): Promise<void> {
  formData = formOf(formData);
  await deleteHypotheticalOffer(await requireUser("/planung/szenarien"), formData.get("scenarioId"), formData.get("itemId"));
  refresh();
}

export async function addRemovalAction(formData: FormData): Promise<void> {
  formData = formOf(formData);
  await addRemoval(await requireUser("/planung/szenarien"), formData.get("scenarioId"), formData.get("serviceId"));
  refresh();
}

export async function undoRemovalAction(formData: FormData): Promise<void> {
  formData = formOf(formData);
  await undoRemoval(await requireUser("/planung/szenarien"), formData.get("scenarioId"), formData.get("serviceId"));
  refresh();
}
