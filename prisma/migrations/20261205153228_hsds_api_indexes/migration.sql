-- CreateIndex
CREATE INDEX "Contact_serviceId_idx" ON "Contact"("serviceId");

-- CreateIndex
CREATE INDEX "Location_postalCode_idx" ON "Location"("postalCode");

-- CreateIndex
CREATE INDEX "Location_planningAreaId_idx" ON "Location"("planningAreaId");

-- CreateIndex
CREATE INDEX "Phone_serviceId_idx" ON "Phone"("serviceId");

-- CreateIndex
CREATE INDEX "Schedule_serviceId_idx" ON "Schedule"("serviceId");

-- CreateIndex
CREATE INDEX "Service_status_name_id_version_idx" ON "Service"("status", "name", "id", "version");

-- CreateIndex
CREATE INDEX "Service_publishedAt_idx" ON "Service"("publishedAt");

-- CreateIndex
CREATE INDEX "ServiceAreaPlanningArea_planningAreaId_idx" ON "ServiceAreaPlanningArea"("planningAreaId");

