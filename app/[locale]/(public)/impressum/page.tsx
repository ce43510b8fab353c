import { legalPage, legalPageMetadata } from "@/app/_components/legal-page";

export const generateMetadata = legalPageMetadata("impressum");
export default legalPage("impressum");
